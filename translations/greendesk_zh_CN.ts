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
        <message>
            <source>{count} recommendations</source>
            <translation>共 {count} 个推荐社区</translation>
        </message>
        <message>
            <source>Round {round}: {decided}/{total} items decided</source>
            <translation>第 {round} 轮：已审核 {decided}/{total} 条</translation>
        </message>
        <message>
            <source>(carried over)</source>
            <translation>（沿用前一轮）</translation>
        </message>
        <message>
            <source>Result: not complete</source>
            <translation>结果：尚未审核完毕</translation>
        </message>
        <message>
            <source>Result: meets the standard</source>
            <translation>结果：达到创建标准</translation>
        </message>
        <message>
            <source>Result: does not meet the standard</source>
            <translation>结果：未达到创建标准</translation>
        </message>
        <message>
            <source>Failed gating items: {items}</source>
            <translation>不符合的否决项：{items}</translation>
        </message>
        <message>
            <source>Score: {score} of {max} (pass mark {mark})</source>
            <translation>得分：{score}/{max}（合格线 {mark}）</translation>
        </message>
        <message>
            <source>Item {item}: {outcome}</source>
            <translation>第 {item} 条：{outcome}</translation>
        </message>
        <message>
            <source>Returned for rework; items to rework: {items}</source>
            <translation>已退回整改，需整改条目：{items}</translation>
        </message>
        <message>
            <source>Resubmitted: round {round} begins.</source>
            <translation>已重新提交，开始第 {round} 轮审核。</translation>
        </message>
        <message>
            <source>Signed off by {user}; the review is locked.</source>
            <translation>已由 {user} 签发，审核结果已锁定。</translation>
        </message>
        <message>
            <source>Unlocked by {user}.</source>
            <translation>已由 {user} 解除锁定。</translation>
        </message>
        <message>
            <source>Rework notice written to {file}</source>
            <translation>整改通知已保存到 {file}</translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Account {user} created with roles {roles}.</source>
            <translation>已创建账号 {user}，角色：{roles}。</translation>
        </message>
        <message>
            <source>Password of {user} changed.</source>
            <translation>已修改 {user} 的密码。</translation>
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
            <source>Community {code} has no recommendation to review.</source>
            <translation>社区 {code} 没有待审核的推荐记录。</translation>
        </message>
        <message>
            <source>Community {code} has no recommendation for {year}.</source>
            <translation>社区 {code} 没有 {year} 年的推荐记录。</translation>
        </message>
        <message>
            <source>{code} was signed off by {user} and is locked; an approver must unlock it (with a reason) first.</source>
            <translation>{code} 已由 {user} 签发并锁定；须由审批人先解除锁定（并说明理由）。</translation>
        </message>
        <message>
            <source>No community with code {code}.</source>
            <translation>没有代码为 {code} 的社区。</translation>
        </message>
        <message>
            <source>Community {code} is already recommended for {year}.</source>
            <translation>社区 {code} 已有 {year} 年的推荐记录。</translation>
        </message>
        <message>
            <source>Unknown status '{status}' (use one of {choices}).</source>
            <translation>未知状态“{status}”（可选：{choices}）。</translation>
        </message>
        <message>
            <source>Cannot sort by '{key}' (use one of {choices}).</source>
            <translation>不能按“{key}”排序（可选：{choices}）。</translation>
        </message>
        <message>
            <source>Unknown outcome '{outcome}' (use one of {choices}).</source>
            <translation>未知审核结论“{outcome}”（可选：{choices}）。</translation>
        </message>
        <message>
            <source>{code} is returned for rework; record the street's resubmission before deciding.</source>
            <translation>{code} 已退回整改；请先登记街道重新提交，再继续审核。</translation>
        </message>
        <message>
            <source>Item {item} requires {rule}; the measured value is {value}, so it cannot be marked as met.</source>
            <translation>第 {item} 条要求 {rule}，实测值为 {value}，不能判定为符合。</translation>
        </message>
        <message>
            <source>{code} is not under review (status: {status}).</source>
            <translation>{code} 不在审核中（当前状态：{status}）。</translation>
        </message>
        <message>
            <source>{code}: items {items} are not decided yet.</source>
            <translation>{code}：第 {items} 条尚未审核。</translation>
        </message>
        <message>
            <source>{code} cannot be returned for rework while its status is {status}.</source>
            <translation>{code} 当前状态为 {status}，不能退回整改。</translation>
        </message>
        <message>
            <source>{code} has no failed item and no item needing more material to return.</source>
            <translation>{code} 没有不符合或需补充材料的条目，无需退回。</translation>
        </message>
        <message>
            <source>{code} can only be resubmitted after it was returned (status: {status}).</source>
            <translation>{code} 只有在退回整改后才能重新提交（当前状态：{status}）。</translation>
        </message>
        <message>
            <source>Only a passed review can be signed off; {code} is {status}.</source>
            <translation>只有审核通过的社区才能签发；{code} 当前状态为 {status}。</translation>
        </message>
        <message>
            <source>Unlocking needs a reason.</source>
            <translation>解除锁定须说明理由。</translation>
        </message>
        <message>
            <source>{code} is not locked.</source>
            <translation>{code} 未锁定。</translation>
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
        <message>
            <source>{code} has no failed item and no item needing more material: no rework notice.</source>
            <translation>{code} 没有不符合或需补充材料的条目，无需整改通知。</translation>
        </message>
        <message>
            <source>An account needs at least one role.</source>
            <translation>账号至少需要一个角色。</translation>
        </message>
        <message>
            <source>Unknown role '{role}' (use one of {choices}).</source>
            <translation>未知角色“{role}”（可选：{choices}）。</translation>
        </message>
        <message>
            <source>A password needs at least {count} characters.</source>
            <translation>密码至少需要 {count} 个字符。</translation>
        </message>
        <message>
            <source>No account named '{user}'.</source>
            <translation>没有名为“{user}”的账号。</translation>
        </message>
        <message>
            <source>'{user}' is not a valid account name (no spaces or commas).</source>
            <translation>“{user}”不是有效的账号名（不能包含空格或逗号）。</translation>
        </message>
        <message>
            <source>An account named '{user}' already exists.</source>
            <translation>名为“{user}”的账号已存在。</translation>
        </message>
        <message>
            <source>Wrong account name or password.</source>
            <translation>账号或密码错误。</translation>
        </message>
        <message>
            <source>'{user}' needs the {role} role for this action.</source>
            <translation>“{user}”需要具有 {role} 角色才能执行此操作。</translation>
        </message>
    </context>
    <context>
        <name>PhotoViewerDialog</name>
        <message>
            <source>◀ Previous</source>
            <translation>◀ 上一张</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>下一张 ▶</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>适合窗口</translation>
        </message>
        <message>
            <source>Photo {index} of {count}: {name}</source>
            <translation>照片 {index}/{count}：{name}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Taken: {time}</source>
            <translation>拍摄时间：{time}</translation>
        </message>
        <message>
            <source>GPS: {place}</source>
            <translation>GPS：{place}</translation>
        </message>
        <message>
            <source>Size: {width} × {height}</source>
            <translation>尺寸：{width} × {height}</translation>
        </message>
        <message>
            <source>No EXIF data</source>
            <translation>无 EXIF 信息</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>{photo}: no EXIF data (time and place unknown)</source>
            <translation>{photo}：无 EXIF 信息（拍摄时间和地点未知）</translation>
        </message>
        <message>
            <source>{photo}: taken {taken}, outside the creation period {start} to {end}</source>
            <translation>{photo}：拍摄于 {taken}，不在创建期 {start} 至 {end} 内</translation>
        </message>
        <message>
            <source>{photo}: taken {distance} km from where the community's other photos were taken</source>
            <translation>{photo}：拍摄地点距该社区其他照片 {distance} 公里</translation>
        </message>
        <message>
            <source>{photo}: the same photo is also evidence for {other}</source>
            <translation>{photo}：同一照片也用作 {other} 的佐证材料</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueueModel</name>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>街道</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source> (locked)</source>
            <translation>（已锁定）</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueueScreen</name>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Find community, code or street…</source>
            <translation>查找社区、代码或街道…</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>All batches</source>
            <translation>全部批次</translation>
        </message>
        <message>
            <source>Batch {number}</source>
            <translation>第 {number} 批</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>全部年度</translation>
        </message>
        <message>
            <source>{count} communities · {signed} signed off · {decided} of {total} items decided</source>
            <translation>共 {count} 个社区 · 已签发 {signed} 个 · 已审核 {decided}/{total} 条</translation>
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <source>Find item (Ctrl+F)…</source>
            <translation>查找条目（Ctrl+F）…</translation>
        </message>
        <message>
            <source>Meets (1)</source>
            <translation>符合 (1)</translation>
        </message>
        <message>
            <source>Does not meet (2)</source>
            <translation>不符合 (2)</translation>
        </message>
        <message>
            <source>More material needed (3)</source>
            <translation>需补充材料 (3)</translation>
        </message>
        <message>
            <source>Comment for this item (saved with the decision)</source>
            <translation>本条审核意见（随结论一并保存）</translation>
        </message>
        <message>
            <source>Finish round</source>
            <translation>完成本轮审核</translation>
        </message>
        <message>
            <source>Return for rework</source>
            <translation>退回整改</translation>
        </message>
        <message>
            <source>Resubmitted</source>
            <translation>已重新提交</translation>
        </message>
        <message>
            <source>Sign off…</source>
            <translation>签发…</translation>
        </message>
        <message>
            <source>Unlock…</source>
            <translation>解除锁定…</translation>
        </message>
        <message>
            <source>Rework notice…</source>
            <translation>整改通知…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>审核记录</translation>
        </message>
        <message>
            <source>{symbol} Item {number}{gating}: {text}{flags}</source>
            <translation>{symbol} 第{number}条{gating}：{text}{flags}</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>未审核</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; ({code}) · {street} · {year} · round {round} · &lt;b&gt;{status}&lt;/b&gt; · {decided}/{total} decided</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;（{code}）· {street} · {year} 年 · 第 {round} 轮 · &lt;b&gt;{status}&lt;/b&gt; · 已审核 {decided}/{total}</translation>
        </message>
        <message>
            <source>Signed off by {user} on {date}: locked. An approver must unlock it to change it.</source>
            <translation>已由 {user} 于 {date} 签发并锁定。如需修改，须由审批人解除锁定。</translation>
        </message>
        <message>
            <source>Returned for rework: waiting for the street to resubmit the material.</source>
            <translation>已退回整改：等待街道重新提交材料。</translation>
        </message>
        <message>
            <source>Result: not complete yet</source>
            <translation>结果：尚未审核完毕</translation>
        </message>
        <message>
            <source>Result: meets the standard</source>
            <translation>结果：达到创建标准</translation>
        </message>
        <message>
            <source>Result: does not meet the standard</source>
            <translation>结果：未达到创建标准</translation>
        </message>
        <message>
            <source>failed gating items: {items}</source>
            <translation>不符合的否决项：{items}</translation>
        </message>
        <message>
            <source>score {score} of {max} (pass mark {mark})</source>
            <translation>得分 {score}/{max}（合格线 {mark}）</translation>
        </message>
        <message>
            <source>Item {number} · {category}</source>
            <translation>第 {number} 条 · {category}</translation>
        </message>
        <message>
            <source>gating item</source>
            <translation>否决项</translation>
        </message>
        <message>
            <source>&lt;b&gt;How to verify:&lt;/b&gt; {text}</source>
            <translation>&lt;b&gt;核查方式：&lt;/b&gt;{text}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Evidence expected:&lt;/b&gt; {text}</source>
            <translation>&lt;b&gt;佐证材料：&lt;/b&gt;{text}</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>未填写</translation>
        </message>
        <message>
            <source>&lt;b&gt;Street's self-assessment:&lt;/b&gt; {claim}</source>
            <translation>&lt;b&gt;街道自评：&lt;/b&gt;{claim}</translation>
        </message>
        <message>
            <source>Round {round}: {outcome} — {comment}</source>
            <translation>第 {round} 轮：{outcome} — {comment}</translation>
        </message>
        <message>
            <source>Earlier rounds (read-only):</source>
            <translation>以往轮次（只读）：</translation>
        </message>
        <message>
            <source>Met in an earlier round (carried over)</source>
            <translation>前一轮已符合（沿用）</translation>
        </message>
        <message>
            <source>{outcome} · {user} · {time}</source>
            <translation>{outcome} · {user} · {time}</translation>
        </message>
        <message>
            <source>{count} photos for item {number} — drop or paste photos here to attach</source>
            <translation>第 {number} 条共 {count} 张照片 — 可拖入或粘贴照片添加</translation>
        </message>
        <message>
            <source>Coverage cannot be computed: households or managed households are missing.</source>
            <translation>无法计算覆盖率：缺少总户数或物业管理户数。</translation>
        </message>
        <message>
            <source>meets the rule</source>
            <translation>符合要求</translation>
        </message>
        <message>
            <source>below the rule</source>
            <translation>未达到要求</translation>
        </message>
        <message>
            <source>Property management: {managed} of {households} households = {value}% (rule: {rule}) — {verdict}</source>
            <translation>物业管理覆盖：{managed}/{households} 户 = {value}%（要求：{rule}）— {verdict}</translation>
        </message>
        <message>
            <source>Registry coverage {value}% (rule: {rule}) — {verdict}</source>
            <translation>名录中的覆盖率 {value}%（要求：{rule}）— {verdict}</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>签发</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解除锁定</translation>
        </message>
        <message>
            <source>Save rework notice</source>
            <translation>保存整改通知</translation>
        </message>
        <message>
            <source>Rework notice saved: {file}</source>
            <translation>整改通知已保存：{file}</translation>
        </message>
        <message>
            <source>Review history</source>
            <translation>审核记录</translation>
        </message>
    </context>
    <context>
        <name>ReworkNotice</name>
        <message>
            <source>Green Community Creation: Rework Notice</source>
            <translation>绿色社区创建整改通知</translation>
        </message>
        <message>
            <source>To: {street}</source>
            <translation>{street}：</translation>
        </message>
        <message>
            <source>In review round {round} of the {year} green community creation, the {district} review office found that {community} ({code}) does not yet meet the items below of {standard}. Please have the community rework them and resubmit the material by {deadline}.</source>
            <translation>在 {year} 年度绿色社区创建第 {round} 轮审核中，{district}审核组认定{community}（{code}）以下条目尚未达到《{standard}》要求。请督促社区完成整改，并于 {deadline} 前重新提交材料。</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>标准要求</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>审核结论</translation>
        </message>
        <message>
            <source>Reviewer's comment</source>
            <translation>审核意见</translation>
        </message>
        <message>
            <source>Measured: {value}</source>
            <translation>实测：{value}</translation>
        </message>
        <message>
            <source>Rework deadline: {deadline}</source>
            <translation>整改期限：{deadline}</translation>
        </message>
        <message>
            <source>{district} green community review office, {date}</source>
            <translation>{district}绿色社区创建审核组　{date}</translation>
        </message>
        <message>
            <source>Rework Notice</source>
            <translation>整改通知</translation>
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
        <name>_AccountDialog</name>
        <message>
            <source>Approver account</source>
            <translation>审批人账号</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
    </context>
</TS>
