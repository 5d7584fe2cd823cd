"""Normalising community and street names as offices type them, for matching against the registry.

Handles full/half width, spaces, the 社区/社区居委会/居委会 suffixes, leading list numbers and
traditional characters (a built-in table of the characters that occur in Beijing place names, so
no conversion library is needed).
"""

from __future__ import annotations

import re
from functools import lru_cache

from greendesk.core.base.normalize import community_stem, compact

# Pairs of traditional -> simplified characters common in community and street names.
_TRADITIONAL = (
    "區区園园裡里裏里東东門门橋桥莊庄營营廠厂興兴華华國国龍龙鳳凤陽阳長长樂乐豐丰寶宝廣广號号麗丽灣湾"
    "勝胜發发紅红綠绿寧宁會会團团結结農农場场館馆氣气電电機机車车鐵铁馬马雲云麥麦歡欢壇坛亞亚運运輝辉"
    "順顺懷怀頤颐賓宾廈厦樓楼閣阁蘭兰藝艺術术雙双單单滿满慶庆聖圣臺台壩坝窪洼溝沟塢坞鄉乡鎮镇親亲關关"
    "觀观歷历曆历匯汇滙汇嶺岭嶼屿濱滨漁渔魚鱼鳥鸟鶴鹤齊齐黃黄盧卢蘆芦葦苇葉叶萬万與与業业為为義义愛爱"
    "學学寬宽實实將将專专勞劳動动協协衛卫邊边達达遠远連连進进過过還还鄰邻陳陈張张劉刘楊杨趙赵吳吴孫孙"
    "錢钱鄭郑錦锦銀银開开間间閘闸際际隊队體体頭头風风飛飞驛驿駐驻燈灯熱热爐炉碼码礦矿禮礼積积築筑紀纪"
    "紡纺織织經经綜综總总線线縣县聯联職职廳厅舊旧藥药處处規规誠诚貿贸資资轉转辦办郵邮醫医鋼钢陸陆雞鸡"
    "靈灵響响頂顶願愿驗验鵬鹏務务員员築筑園园環环嘉嘉壽寿祿禄福福麗丽範范韓韩溫温潤润澤泽濟济瀾澜滬沪"
    "壹壹貳贰參参陸陆條条號号鳴鸣鷺鹭麒麒麟麟鑫鑫綺绮緣缘誼谊謙谦譽誉讓让"
)
TRADITIONAL_TO_SIMPLIFIED = {
    ord(_TRADITIONAL[i]): _TRADITIONAL[i + 1] for i in range(0, len(_TRADITIONAL), 2)
}

_LEADING_NUMBER = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[\s.．、_\-—)）]+")
_STREET_SUFFIXES = ("地区办事处", "街道办事处", "办事处", "街道", "地区", "镇", "乡")


def to_simplified(text: str) -> str:
    return text.translate(TRADITIONAL_TO_SIMPLIFIED)


def community_key(name: object) -> str:
    """'北京市朝阳区 吉祥社區居委會' style input -> '吉祥'; equal keys mean the same name."""
    return _community_key(compact(name))


@lru_cache(maxsize=16384)
def _community_key(text: str) -> str:
    # Cached: the registry's 622 names and a street's list are keyed again on every analysis.
    text = _LEADING_NUMBER.sub("", to_simplified(text))
    return community_stem(text).lower()


def street_key(name: object) -> str:
    return _street_key(compact(name))


@lru_cache(maxsize=4096)
def _street_key(text: str) -> str:
    text = to_simplified(text)
    for suffix in _STREET_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)]
    return text
