<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CLI</name>
        <message>
            <source>Registry {edition} loaded from {source}: {streets} streets, {added} communities added, {updated} updated.</source>
            <translation>已从 {source} 载入 {edition} 版名录：{streets} 个街道（乡镇），新增 {added} 个社区，更新 {updated} 个。</translation>
        </message>
        <message>
            <source>(out of scope)</source>
            <translation>（不在创建范围内）</translation>
        </message>
        <message>
            <source>{count} communities</source>
            <translation>共 {count} 个社区</translation>
        </message>
        <message>
            <source>Workspace created for {district} ({code}) in {folder}</source>
            <translation>已在 {folder} 为{district}（{code}）创建工作区</translation>
        </message>
        <message>
            <source>Demo workspace ready in {folder}</source>
            <translation>演示工作区已就绪：{folder}</translation>
        </message>
    </context>
    <context>
        <name>CommunityTableModel</name>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>街道</translation>
        </message>
        <message>
            <source>In scope</source>
            <translation>纳入创建范围</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>户数</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>人口</translation>
        </message>
        <message>
            <source>Property mgmt. coverage (%)</source>
            <translation>物业管理覆盖率（%）</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>代码版本</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>'{text}' is not FIELD=VALUE.</source>
            <translation>“{text}”不是“字段=值”的格式。</translation>
        </message>
        <message>
            <source>The workspace {file} was created by a newer version of GreenDesk (schema {revision}). Please install the newer version to open it.</source>
            <translation>工作区 {file} 由更新版本的绿色社区审核台创建（数据结构 {revision}），请安装新版本后再打开。</translation>
        </message>
        <message>
            <source>Migrating {file} broke {count} references; nothing was changed.</source>
            <translation>升级 {file} 会破坏 {count} 处数据关联，未做任何修改。</translation>
        </message>
        <message>
            <source>District code '{code}' must be 6 digits (e.g. 110105 for Chaoyang).</source>
            <translation>区划代码“{code}”必须是 6 位数字（例如朝阳区为 110105）。</translation>
        </message>
        <message>
            <source>District {code} is not in the shipped registry: please give its name.</source>
            <translation>区划代码 {code} 不在内置名录中，请填写区名称。</translation>
        </message>
        <message>
            <source>No Chinese TrueType font found for PDF output (looked for WenQuanYi Micro Hei, SimHei).</source>
            <translation>找不到用于生成 PDF 的中文 TrueType 字体（已查找文泉驿微米黑、黑体）。</translation>
        </message>
        <message>
            <source>{file}: no sheet has a header row with a code column and a name column (e.g. 'code12' and 'name').</source>
            <translation>{file}：没有任何工作表包含带“代码”列和“名称”列的表头行（例如“统计用区划代码”和“社区名称”）。</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}: code '{code}' must have 12 digits.</source>
            <translation>{file}，工作表“{sheet}”第 {row} 行：代码“{code}”必须是 12 位数字。</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}: the name is empty.</source>
            <translation>{file}，工作表“{sheet}”第 {row} 行：名称为空。</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}, column {column}: '{value}' is not a valid number.</source>
            <translation>{file}，工作表“{sheet}”第 {row} 行，“{column}”列：“{value}”不是有效的数字。</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}: coverage {value} is not between 0 and 100 %.</source>
            <translation>{file}，工作表“{sheet}”第 {row} 行：覆盖率 {value} 不在 0 到 100% 之间。</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}: in-scope value '{value}' should be 是 or 否.</source>
            <translation>{file}，工作表“{sheet}”第 {row} 行：“纳入创建范围”的值“{value}”应为“是”或“否”。</translation>
        </message>
        <message>
            <source>The shipped registry has no streets for district {district}; load an Excel registry instead.</source>
            <translation>内置名录中没有区 {district} 的街道，请改为导入 Excel 名录。</translation>
        </message>
        <message>
            <source>{file}: no row belongs to district {district}.</source>
            <translation>{file}：没有属于区 {district} 的行。</translation>
        </message>
        <message>
            <source>{location}: code {code} appears twice (first at {first}).</source>
            <translation>{location}：代码 {code} 重复出现（第一次在 {first}）。</translation>
        </message>
        <message>
            <source>{location}: street {street} of community {code} is not in the registry.</source>
            <translation>{location}：社区 {code} 所属街道 {street} 不在名录中。</translation>
        </message>
        <message>
            <source>No community with code {code} in the registry.</source>
            <translation>名录中没有代码为 {code} 的社区。</translation>
        </message>
        <message>
            <source>Field '{field}' of a community cannot be edited.</source>
            <translation>社区的“{field}”字段不可修改。</translation>
        </message>
        <message>
            <source>Community {code}: '{value}' is not a valid value for {field}.</source>
            <translation>社区 {code}：“{value}”不是“{field}”的有效值。</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>无法读取 {file}：{reason}</translation>
        </message>
        <message>
            <source>{file} is password protected: save it without a password and import again.</source>
            <translation>{file} 设有密码保护：请取消密码另存后重新导入。</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx or .xls).</source>
            <translation>{file} 不是 Excel 工作簿（.xlsx 或 .xls）。</translation>
        </message>
        <message>
            <source>{file} is damaged and cannot be opened as an Excel workbook.</source>
            <translation>{file} 已损坏，无法作为 Excel 工作簿打开。</translation>
        </message>
        <message>
            <source>{file} would expand to {size} MB: refused as a possible zip bomb.</source>
            <translation>{file} 解压后将达 {size} MB，疑似压缩炸弹，已拒绝。</translation>
        </message>
        <message>
            <source>{file} contains forbidden XML (entity declarations) and was refused.</source>
            <translation>{file} 含有被禁止的 XML 内容（实体声明），已拒绝。</translation>
        </message>
        <message>
            <source>{file} is damaged and cannot be read ({reason}).</source>
            <translation>{file} 已损坏，无法读取（{reason}）。</translation>
        </message>
        <message>
            <source>Standard {standard} has no item {item}.</source>
            <translation>标准 {standard} 中没有第 {item} 条。</translation>
        </message>
        <message>
            <source>Standard {standard} has no category {category}.</source>
            <translation>标准 {standard} 中没有类别 {category}。</translation>
        </message>
        <message>
            <source>Standard file {file}: field '{field}' {problem}</source>
            <translation>标准文件 {file}：字段“{field}”{problem}</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>must be {expected}, not {actual}</source>
            <translation>应为{expected}，而不是 {actual}</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>为空</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>true/false</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>应为对象</translation>
        </message>
        <message>
            <source>must be '{expected}'</source>
            <translation>应为“{expected}”</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>应为以下之一：{choices}</translation>
        </message>
        <message>
            <source>must be a date like 2020-07-22</source>
            <translation>应为日期，例如 2020-07-22</translation>
        </message>
        <message>
            <source>must list at least one category</source>
            <translation>至少应列出一个类别</translation>
        </message>
        <message>
            <source>has duplicate ids</source>
            <translation>存在重复的编号</translation>
        </message>
        <message>
            <source>names unknown category '{category}'</source>
            <translation>引用了不存在的类别“{category}”</translation>
        </message>
        <message>
            <source>must list at least one item</source>
            <translation>至少应列出一个条目</translation>
        </message>
        <message>
            <source>has duplicate item numbers</source>
            <translation>存在重复的条目序号</translation>
        </message>
        <message>
            <source>is missing (a scored standard gives every item its points)</source>
            <translation>缺失（计分制标准须为每一条目设定分值）</translation>
        </message>
        <message>
            <source>is {declared} but the items' points add up to {total}</source>
            <translation>为 {declared}，但各条目分值合计为 {total}</translation>
        </message>
        <message>
            <source>must be between 0 and max_points</source>
            <translation>应在 0 与满分（max_points）之间</translation>
        </message>
        <message>
            <source>Cannot read standard file {file}: {reason}</source>
            <translation>无法读取标准文件 {file}：{reason}</translation>
        </message>
        <message>
            <source>Standard file {file} is not UTF-8 text.</source>
            <translation>标准文件 {file} 不是 UTF-8 文本。</translation>
        </message>
        <message>
            <source>Standard file {file} is not valid JSON (line {line}, column {column}): {reason}</source>
            <translation>标准文件 {file} 不是有效的 JSON（第 {line} 行第 {column} 列）：{reason}</translation>
        </message>
        <message>
            <source>Standard file {file}: field 'derives_from' names unknown standard '{parent}'</source>
            <translation>标准文件 {file}：字段“derives_from”引用了不存在的标准“{parent}”</translation>
        </message>
        <message>
            <source>Unknown standard '{standard}'.</source>
            <translation>未知的标准“{standard}”。</translation>
        </message>
        <message>
            <source>Target share for {year} must be between 0 and 100 %.</source>
            <translation>{year} 年的目标比例必须在 0 到 100% 之间。</translation>
        </message>
        <message>
            <source>Pilots per street for {year}: the minimum must not exceed the maximum.</source>
            <translation>{year} 年每个街道的试点数：最小值不能大于最大值。</translation>
        </message>
        <message>
            <source>The quarterly report day for {year} must be between 1 and 28.</source>
            <translation>{year} 年季度报送日必须在 1 到 28 之间。</translation>
        </message>
        <message>
            <source>A workspace already exists in {folder}.</source>
            <translation>{folder} 中已有工作区。</translation>
        </message>
        <message>
            <source>Cannot create the workspace folder {folder}: {reason}</source>
            <translation>无法创建工作区文件夹 {folder}：{reason}</translation>
        </message>
        <message>
            <source>No workspace in {folder}: create one first (greendesk init --district CODE).</source>
            <translation>{folder} 中没有工作区：请先创建（greendesk init --district 区划代码）。</translation>
        </message>
        <message>
            <source>{file} is a {format} image; photos must be JPEG, PNG or HEIC.</source>
            <translation>{file} 是 {format} 格式图片；照片必须为 JPEG、PNG 或 HEIC 格式。</translation>
        </message>
        <message>
            <source>{file} has {megapixels} megapixels, more than the {limit} allowed.</source>
            <translation>{file} 有 {megapixels} 百万像素，超过允许的 {limit} 百万像素。</translation>
        </message>
        <message>
            <source>{file} is larger than {limit} megapixels and was refused.</source>
            <translation>{file} 超过 {limit} 百万像素，已拒绝。</translation>
        </message>
        <message>
            <source>{file} is not an image (its content is not JPEG, PNG or HEIC).</source>
            <translation>{file} 不是图片（内容不是 JPEG、PNG 或 HEIC）。</translation>
        </message>
        <message>
            <source>{file} is truncated (an incomplete copy or download).</source>
            <translation>{file} 不完整（复制或下载未完成）。</translation>
        </message>
        <message>
            <source>{file} is a damaged image ({reason}).</source>
            <translation>{file} 是损坏的图片（{reason}）。</translation>
        </message>
        <message>
            <source>{file} changed while it was being copied; please try again.</source>
            <translation>{file} 在复制过程中发生了变化，请重试。</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to GreenDesk</source>
            <translation>欢迎使用绿色社区审核台</translation>
        </message>
        <message>
            <source>Choose the district this workspace reviews. The workspace will be created in:</source>
            <translation>请选择本工作区负责审核的区。工作区将创建在：</translation>
        </message>
        <message>
            <source>Other district (enter code and name)</source>
            <translation>其他区（输入代码和名称）</translation>
        </message>
        <message>
            <source>6-digit code, e.g. 441802</source>
            <translation>6 位区划代码，例如 441802</translation>
        </message>
        <message>
            <source>District name, e.g. 清城区</source>
            <translation>区名称，例如 清城区</translation>
        </message>
        <message>
            <source>Load the official registry (2023 edition) now</source>
            <translation>立即载入官方名录（2023 版）</translation>
        </message>
        <message>
            <source>District:</source>
            <translation>区：</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>代码：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>GreenDesk — {district} ({code})</source>
            <translation>绿色社区审核台 — {district}（{code}）</translation>
        </message>
        <message>
            <source>Workspace: {folder}</source>
            <translation>工作区：{folder}</translation>
        </message>
        <message>
            <source>Registry</source>
            <translation>社区名录</translation>
        </message>
        <message>
            <source>Creation standard</source>
            <translation>创建标准</translation>
        </message>
        <message>
            <source>Yearly targets</source>
            <translation>年度目标</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>首选项(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About GreenDesk</source>
            <translation>关于绿色社区审核台(&amp;A)</translation>
        </message>
        <message>
            <source>About GreenDesk</source>
            <translation>关于绿色社区审核台</translation>
        </message>
        <message>
            <source>GreenDesk {version}
Offline review desk for the Green Community Creation Action.</source>
            <translation>绿色社区审核台 {version}
绿色社区创建行动离线审核工具。</translation>
        </message>
    </context>
    <context>
        <name>RegistryScreen</name>
        <message>
            <source>Filter by name, code or street…</source>
            <translation>按名称、代码或街道筛选…</translation>
        </message>
        <message>
            <source>Load official registry</source>
            <translation>载入官方名录</translation>
        </message>
        <message>
            <source>Streets and residents' committees of the district, NBS 2023 edition</source>
            <translation>本区街道（乡镇）和社区居委会，国家统计局 2023 版区划代码</translation>
        </message>
        <message>
            <source>Load registry from Excel…</source>
            <translation>从 Excel 载入名录…</translation>
        </message>
        <message>
            <source>{shown} of {total} communities</source>
            <translation>显示 {shown} / 共 {total} 个社区</translation>
        </message>
        <message>
            <source>Registry loaded: {added} communities added, {updated} updated.</source>
            <translation>名录已载入：新增 {added} 个社区，更新 {updated} 个。</translation>
        </message>
        <message>
            <source>Load registry from Excel</source>
            <translation>从 Excel 载入名录</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx *.xls)</source>
            <translation>Excel 工作簿 (*.xlsx *.xls)</translation>
        </message>
        <message>
            <source>Registry</source>
            <translation>社区名录</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>界面语言：</translation>
        </message>
        <message>
            <source>The choice is remembered for this workspace folder.</source>
            <translation>该选择将保存在本工作区文件夹中。</translation>
        </message>
    </context>
    <context>
        <name>StandardScreen</name>
        <message>
            <source>Standard:</source>
            <translation>标准：</translation>
        </message>
        <message>
            <source>Scored: {max} points, pass mark {mark}</source>
            <translation>计分制：满分 {max} 分，{mark} 分合格</translation>
        </message>
        <message>
            <source>Pass/fail: every item must be met</source>
            <translation>达标制：全部条目均须符合</translation>
        </message>
        <message>
            <source>Document: {number}, issued {date} by {issuer}</source>
            <translation>文号：{number}，{date} 由{issuer}印发</translation>
        </message>
        <message>
            <source>Derived from: {parent}</source>
            <translation>派生自：{parent}</translation>
        </message>
        <message>
            <source>{number}. {title} ({count} items)</source>
            <translation>{number}. {title}（{count} 条）</translation>
        </message>
        <message>
            <source> [veto]</source>
            <translation> 【否决项】</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>Item {number}</source>
            <translation>第 {number} 条</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>创建标准</translation>
        </message>
        <message>
            <source>How to verify</source>
            <translation>核查方式</translation>
        </message>
        <message>
            <source>Evidence to attach</source>
            <translation>应附佐证材料</translation>
        </message>
        <message>
            <source>Veto item</source>
            <translation>否决项</translation>
        </message>
        <message>
            <source>Yes: checked first, failing it fails the community</source>
            <translation>是：优先审核，不符合即不通过</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Numeric rule</source>
            <translation>量化规则</translation>
        </message>
        <message>
            <source>Property-management coverage {op} {value}{unit}</source>
            <translation>物业管理覆盖率 {op} {value}{unit}</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>分值</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Recommended</source>
            <translation>已推荐</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>审核中</translation>
        </message>
        <message>
            <source>Returned for rework</source>
            <translation>退回整改</translation>
        </message>
        <message>
            <source>Resubmitted</source>
            <translation>整改后重新提交</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>审核通过</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>不通过</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>已签发</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>符合</translation>
        </message>
        <message>
            <source>Does not meet</source>
            <translation>不符合</translation>
        </message>
        <message>
            <source>More material needed</source>
            <translation>需补充材料</translation>
        </message>
    </context>
    <context>
        <name>StreetTreeModel</name>
        <message>
            <source>Street</source>
            <translation>街道（乡镇）</translation>
        </message>
        <message>
            <source>Communities</source>
            <translation>社区数（纳入/全部）</translation>
        </message>
        <message>
            <source>{in_scope} / {total}</source>
            <translation>{in_scope} / {total}</translation>
        </message>
    </context>
    <context>
        <name>TargetsScreen</name>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Target share (%)</source>
            <translation>目标比例（%）</translation>
        </message>
        <message>
            <source>Communities required</source>
            <translation>需达标社区数</translation>
        </message>
        <message>
            <source>Pilots per street</source>
            <translation>每街道试点数</translation>
        </message>
        <message>
            <source>Quarterly reports due</source>
            <translation>季度进展报送日</translation>
        </message>
        <message>
            <source>Results and summary due</source>
            <translation>成果和总结报送截止</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Save target</source>
            <translation>保存目标</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>年度：</translation>
        </message>
        <message>
            <source>Share of in-scope communities passed by year end:</source>
            <translation>年底前达到创建要求的社区比例：</translation>
        </message>
        <message>
            <source>Pilots per street, minimum:</source>
            <translation>每街道试点数（最少）：</translation>
        </message>
        <message>
            <source>Pilots per street, maximum:</source>
            <translation>每街道试点数（最多）：</translation>
        </message>
        <message>
            <source>Edit a year's target</source>
            <translation>编辑年度目标</translation>
        </message>
        <message>
            <source>carried over from {year}</source>
            <translation>沿用 {year} 年目标</translation>
        </message>
        <message>
            <source>set for this year</source>
            <translation>本年度设定</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>年度目标</translation>
        </message>
    </context>
</TS>
