<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AnalysisPage</name>
        <message>
            <source>Columns</source>
            <translation>列对应</translation>
        </message>
        <message>
            <source>Check how the workbook's columns were understood; change a column and analyse again.</source>
            <translation>请核对推荐表各列的识别结果；如有不对，修改后重新分析。</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Column in the workbook</source>
            <translation>推荐表中的列</translation>
        </message>
        <message>
            <source>Means</source>
            <translation>对应字段</translation>
        </message>
        <message>
            <source>Analyse again with this mapping</source>
            <translation>按此对应重新分析</translation>
        </message>
        <message>
            <source>(not used)</source>
            <translation>（不使用）</translation>
        </message>
        <message>
            <source>Community code</source>
            <translation>社区代码</translation>
        </message>
        <message>
            <source>Community name</source>
            <translation>社区名称</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>街道</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>户数</translation>
        </message>
        <message>
            <source>Households under property management</source>
            <translation>实行物业管理户数</translation>
        </message>
        <message>
            <source>Property-management coverage (%)</source>
            <translation>物业管理覆盖率（%）</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Recommended (yes/no)</source>
            <translation>是否推荐</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>正在读取 {name}…</translation>
        </message>
        <message>
            <source>{rows} rows, {matched} communities matched, {photos} photos, {errors} problems to resolve.</source>
            <translation>共 {rows} 行，匹配到 {matched} 个社区，照片 {photos} 张，待处理问题 {errors} 个。</translation>
        </message>
        <message>
            <source>Self-assessment, item {item}</source>
            <translation>第 {item} 条自评</translation>
        </message>
    </context>
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
            <source>{source}: {rows} rows, {matched} communities matched, {photos} photos ({photos_matched} matched to an item).</source>
            <translation>{source}：{rows} 行，匹配到 {matched} 个社区，照片 {photos} 张（{photos_matched} 张已对应到标准条目）。</translation>
        </message>
        <message>
            <source>error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>This package was already imported for {year} batch {batch}; nothing changed.</source>
            <translation>该材料包已导入过（{year} 年度第 {batch} 批），未作任何更改。</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>试运行：未写入任何数据。</translation>
        </message>
        <message>
            <source>Imported: {created} recommendations created, {updated} updated, {skipped} rows skipped, {attached} photos attached ({added} new in the store).</source>
            <translation>导入完成：新增推荐 {created} 个，更新 {updated} 个，跳过 {skipped} 行，关联照片 {attached} 张（照片库新增 {added} 张）。</translation>
        </message>
        <message>
            <source>Template written to {file}</source>
            <translation>模板已保存到 {file}</translation>
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
            <source>{count} photo(s) cannot be imported; first {entry}: {problem} Fix or remove them, or choose to skip them.</source>
            <translation>有 {count} 张照片无法导入，第一张 {entry}：{problem} 请修复或删除这些照片，或选择跳过。</translation>
        </message>
        <message>
            <source>{file} changed since the preview; analyse it again.</source>
            <translation>{file} 在预览后已被修改，请重新分析。</translation>
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
        <message>
            <source>{file}: entry '{entry}' has an absolute path; the package was refused.</source>
            <translation>{file}：条目“{entry}”使用了绝对路径，已拒绝该材料包。</translation>
        </message>
        <message>
            <source>{file}: entry '{entry}' points outside the package (..); the package was refused.</source>
            <translation>{file}：条目“{entry}”指向材料包之外（..），已拒绝该材料包。</translation>
        </message>
        <message>
            <source>{file}: entry '{entry}' uses the name '{name}', which Windows reserves; the package was refused.</source>
            <translation>{file}：条目“{entry}”使用了 Windows 保留名称“{name}”，已拒绝该材料包。</translation>
        </message>
        <message>
            <source>{file} does not exist.</source>
            <translation>{file} 不存在。</translation>
        </message>
        <message>
            <source>{file}: entry '{entry}' points outside the package; the package was refused.</source>
            <translation>{file}：条目“{entry}”指向材料包之外，已拒绝该材料包。</translation>
        </message>
        <message>
            <source>{file} is a damaged zip file and cannot be opened.</source>
            <translation>{file} 是损坏的 zip 文件，无法打开。</translation>
        </message>
        <message>
            <source>{file} holds {count} entries, more than the {limit} allowed.</source>
            <translation>{file} 包含 {count} 个条目，超过允许的 {limit} 个。</translation>
        </message>
        <message>
            <source>{file}: entry '{entry}' is password protected; send the package without a password.</source>
            <translation>{file}：条目“{entry}”设有密码，请报送不加密码的材料包。</translation>
        </message>
        <message>
            <source>{file}: entry '{entry}' would expand to {size} MB; refused as a possible zip bomb.</source>
            <translation>{file}：条目“{entry}”解压后将达 {size} MB，疑似压缩炸弹，已拒绝。</translation>
        </message>
        <message>
            <source>{file} would expand to more than {limit} GB; refused as a possible zip bomb.</source>
            <translation>{file} 解压后将超过 {limit} GB，疑似压缩炸弹，已拒绝。</translation>
        </message>
        <message>
            <source>{file}: entry '{entry}' is damaged ({reason}).</source>
            <translation>{file}：条目“{entry}”已损坏（{reason}）。</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>导入已取消，未作任何更改。</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}, column {column}</source>
            <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}</source>
            <translation>{file}，工作表 {sheet}，第 {row} 行</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}</source>
            <translation>{file}，工作表 {sheet}</translation>
        </message>
        <message>
            <source>Column '{column}' cannot be mapped to unknown field '{field}'.</source>
            <translation>列“{column}”不能对应到未知字段“{field}”。</translation>
        </message>
        <message>
            <source>{file} holds no recommendation workbook (.xlsx or .xls); nothing can be imported.</source>
            <translation>{file} 中没有推荐表（.xlsx 或 .xls），无法导入。</translation>
        </message>
        <message>
            <source>photo '{photo}' listed for item {item} is not in the package.</source>
            <translation>第 {item} 条列出的照片“{photo}”不在材料包中。</translation>
        </message>
        <message>
            <source>not a workbook or a photo (JPEG, PNG, HEIC); ignored.</source>
            <translation>不是工作簿或照片（JPEG、PNG、HEIC），已忽略。</translation>
        </message>
        <message>
            <source>no community is marked 是 in the 是否推荐 (recommended) column.</source>
            <translation>“是否推荐”一栏中没有标为“是”的社区。</translation>
        </message>
        <message>
            <source>no recommended community found (no sheet has a header with a community name or code column).</source>
            <translation>未找到推荐社区（没有工作表包含“社区名称”或“社区代码”列的表头）。</translation>
        </message>
        <message>
            <source>Street '{street}' is not in the registry.</source>
            <translation>名录中没有街道“{street}”。</translation>
        </message>
        <message>
            <source>community '{name}' is listed again (first at row {row}); merged.</source>
            <translation>社区“{name}”重复出现（首次在第 {row} 行），已合并。</translation>
        </message>
        <message>
            <source>'{value}' is not a whole number; the value was left empty.</source>
            <translation>“{value}”不是整数，该值留空。</translation>
        </message>
        <message>
            <source>the standard has no item {item}; ignored.</source>
            <translation>创建标准中没有第 {item} 条，已忽略。</translation>
        </message>
        <message>
            <source>self-assessment '{value}' for item {item} is not 符合, 基本符合 or 不符合; kept as written.</source>
            <translation>第 {item} 条的自评“{value}”不是“符合”“基本符合”或“不符合”，按原文保留。</translation>
        </message>
        <message>
            <source>households under property management ({managed}) exceed all households ({households}).</source>
            <translation>实行物业管理户数（{managed}）超过总户数（{households}）。</translation>
        </message>
        <message>
            <source>community '{name}' matches {count} communities in the registry ({candidates}); choose one.</source>
            <translation>社区“{name}”与名录中 {count} 个社区同名（{candidates}），请选择其一。</translation>
        </message>
        <message>
            <source>community '{name}' is not in the registry (neither by code nor by name); choose one or skip it.</source>
            <translation>社区“{name}”不在名录中（代码和名称均未匹配），请选择对应社区或跳过。</translation>
        </message>
        <message>
            <source>code '{code}' and name '{name}' do not agree; matched to {matched} ({matched_code}).</source>
            <translation>代码“{code}”与名称“{name}”不一致，已匹配到{matched}（{matched_code}）。</translation>
        </message>
        <message>
            <source>{name} is already recommended for {year} (batch {batch}); only new photos and missing values are added.</source>
            <translation>{name}已在 {year} 年度（第 {batch} 批）推荐，仅补充新照片和缺失的数据。</translation>
        </message>
        <message>
            <source>{name} is already recommended for {year} (batch {batch}) and signed off; skipped.</source>
            <translation>{name}已在 {year} 年度（第 {batch} 批）推荐并已签发，已跳过。</translation>
        </message>
        <message>
            <source>no community or item could be read from the folder or file name (e.g. 吉祥社区/第3条/门禁.jpg); not attached.</source>
            <translation>无法从文件夹或文件名识别社区或条目（例如 吉祥社区/第3条/门禁.jpg），未关联。</translation>
        </message>
        <message>
            <source>no item number could be read from the folder or file name (e.g. 第3条/门禁.jpg or 3-门禁.jpg); not attached.</source>
            <translation>无法从文件夹或文件名识别条目编号（例如 第3条/门禁.jpg 或 3-门禁.jpg），未关联。</translation>
        </message>
        <message>
            <source>The registry has no communities to put in a template; load it first.</source>
            <translation>名录中没有社区，无法生成模板，请先载入名录。</translation>
        </message>
        <message>
            <source>'{text}' is not #ROW=CODE.</source>
            <translation>“{text}”不是 #行号=代码 的格式。</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>正在导入 {name}…</translation>
        </message>
        <message>
            <source>This package was already imported; nothing changed.</source>
            <translation>该材料包已导入过，未作任何更改。</translation>
        </message>
        <message>
            <source>Done: {created} recommendations created, {updated} updated, {skipped} rows skipped, {attached} photos attached ({added} new in the store, {photos_skipped} not attached).</source>
            <translation>完成：新增推荐 {created} 个，更新 {updated} 个，跳过 {skipped} 行，关联照片 {attached} 张（照片库新增 {added} 张，未关联 {photos_skipped} 张）。</translation>
        </message>
        <message>
            <source>Finished.</source>
            <translation>已完成。</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import street recommendations</source>
            <translation>导入街道推荐材料</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Nothing has been written yet. Resolve the rows marked in red, then import.</source>
            <translation>尚未写入任何数据。请先处理红色标出的行，再导入。</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>In the workbook</source>
            <translation>推荐表中的社区</translation>
        </message>
        <message>
            <source>Registry community</source>
            <translation>名录中的社区</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>户数</translation>
        </message>
        <message>
            <source>Coverage %</source>
            <translation>物业覆盖率 %</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Skip damaged photos and import the rest</source>
            <translation>跳过损坏的照片，导入其余内容</translation>
        </message>
        <message>
            <source>Photo not matched</source>
            <translation>未对应的照片</translation>
        </message>
        <message>
            <source>Attach to community</source>
            <translation>关联到社区</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>Photos whose community or item could not be read (optional):</source>
            <translation>未能识别社区或条目的照片（可选择关联）：</translation>
        </message>
        <message>
            <source>Problems and notes:</source>
            <translation>问题与提示：</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Skip this row</source>
            <translation>跳过此行</translation>
        </message>
        <message>
            <source>This package was already imported; importing again changes nothing.</source>
            <translation>该材料包已导入过，再次导入不会作任何更改。</translation>
        </message>
        <message>
            <source>(do not attach)</source>
            <translation>（不关联）</translation>
        </message>
        <message>
            <source>Item {item}</source>
            <translation>第 {item} 条</translation>
        </message>
    </context>
    <context>
        <name>SourcePage</name>
        <message>
            <source>Street package</source>
            <translation>街道推荐材料</translation>
        </message>
        <message>
            <source>Choose or drag in the street's workbook (.xlsx/.xls), its folder, or a .zip holding both.</source>
            <translation>选择或拖入街道报送的推荐表（.xlsx/.xls）、材料文件夹，或同时包含两者的 .zip 文件。</translation>
        </message>
        <message>
            <source>Drop a file or folder here</source>
            <translation>将文件或文件夹拖到此处</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>选择文件夹…</translation>
        </message>
        <message>
            <source>(any street)</source>
            <translation>（不限街道）</translation>
        </message>
        <message>
            <source>Package:</source>
            <translation>材料包：</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>年度：</translation>
        </message>
        <message>
            <source>Batch:</source>
            <translation>批次：</translation>
        </message>
        <message>
            <source>Street:</source>
            <translation>街道：</translation>
        </message>
        <message>
            <source>Photos are matched by folder or file name, e.g. 吉祥社区/第3条/门禁.jpg, 3-门禁.jpg or 第12条_物业.jpg.</source>
            <translation>照片按文件夹或文件名对应到社区和条目，例如 吉祥社区/第3条/门禁.jpg、3-门禁.jpg 或 第12条_物业.jpg。</translation>
        </message>
        <message>
            <source>Workbooks and zip files (*.xlsx *.xls *.zip)</source>
            <translation>工作簿和 zip 文件 (*.xlsx *.xls *.zip)</translation>
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
        <name>_TaskPanel</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>已取消，未作任何更改。</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
</TS>
