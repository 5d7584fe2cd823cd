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
            <source>Package written to {path}: {communities} communities, {photos} photos, {size} bytes.</source>
            <translation>申报材料包已写入 {path}：{communities} 个社区，{photos} 张照片，共 {size} 字节。</translation>
        </message>
        <message>
            <source>Signing key fingerprint: {fingerprint}</source>
            <translation>签名公钥指纹：{fingerprint}</translation>
        </message>
        <message>
            <source>Valid: {path} ({files} files, signed by key {fingerprint}).</source>
            <translation>校验通过：{path}（{files} 个文件，签名公钥指纹 {fingerprint}）。</translation>
        </message>
        <message>
            <source>NOT valid: {path} has {count} problem(s):</source>
            <translation>校验未通过：{path} 有 {count} 处问题：</translation>
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
        <message>
            <source>The export was cancelled; no package was written.</source>
            <translation>导出已取消，未写入申报材料包。</translation>
        </message>
        <message>
            <source>No signed-off community in {year} (batch {batch}): nothing to export.</source>
            <translation>{year}年（批次 {batch}）没有已签发的社区，无可导出内容。</translation>
        </message>
        <message>
            <source>The photo {sha256} of {community} item {item} is missing from the store.</source>
            <translation>照片库中缺少社区 {community} 第{item}条的照片 {sha256}。</translation>
        </message>
        <message>
            <source>Cannot write the package {file}: {reason}</source>
            <translation>无法写入申报材料包 {file}：{reason}</translation>
        </message>
        <message>
            <source>The stored photo {sha256} was altered on disk (its content has another hash).</source>
            <translation>照片库中的照片 {sha256} 已在磁盘上被改动（内容哈希不一致）。</translation>
        </message>
        <message>
            <source>The package signing key {file} cannot be read: {reason}</source>
            <translation>无法读取申报材料签名密钥 {file}：{reason}</translation>
        </message>
        <message>
            <source>The package signing key {file} is not an Ed25519 key.</source>
            <translation>申报材料签名密钥 {file} 不是 Ed25519 密钥。</translation>
        </message>
        <message>
            <source>The public key is not a valid PEM key.</source>
            <translation>公钥不是有效的 PEM 格式。</translation>
        </message>
        <message>
            <source>The public key is not an Ed25519 key.</source>
            <translation>公钥不是 Ed25519 密钥。</translation>
        </message>
    </context>
    <context>
        <name>ExportPackageDialog</name>
        <message>
            <source>Export application package</source>
            <translation>导出申报材料</translation>
        </message>
        <message>
            <source>All batches</source>
            <translation>全部批次</translation>
        </message>
        <message>
            <source>Save the package as</source>
            <translation>申报材料保存为</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>Output file</source>
            <translation>输出文件</translation>
        </message>
        <message>
            <source>Only signed-off communities are included. The package is signed with this workspace's key.</source>
            <translation>仅包含已签发的社区。申报材料包使用本工作区的密钥签名。</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Choose where to save the package.</source>
            <translation>请选择申报材料包的保存位置。</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Cancel export</source>
            <translation>取消导出</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Package written: {path}
{communities} communities ({passed} passed), {photos} photos.
Signing key fingerprint: {fingerprint}</source>
            <translation>申报材料包已写入：{path}
共 {communities} 个社区（{passed} 个通过），{photos} 张照片。
签名公钥指纹：{fingerprint}</translation>
        </message>
        <message>
            <source>Application package exported.</source>
            <translation>申报材料已导出。</translation>
        </message>
        <message>
            <source>The export failed: {reason}</source>
            <translation>导出失败：{reason}</translation>
        </message>
        <message>
            <source>The export was cancelled; no package was written.</source>
            <translation>导出已取消，未写入申报材料包。</translation>
        </message>
    </context>
    <context>
        <name>Package</name>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Item {number} · taken {taken} · SHA-256 {sha256}</source>
            <translation>第{number}条 · 拍摄时间 {taken} · SHA-256 {sha256}</translation>
        </message>
        <message>
            <source>Green community review record: {community}</source>
            <translation>{community}绿色社区创建审核记录</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>街道</translation>
        </message>
        <message>
            <source>Community code</source>
            <translation>社区代码</translation>
        </message>
        <message>
            <source>Year and batch</source>
            <translation>年度 / 批次</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>户数</translation>
        </message>
        <message>
            <source>Property-management coverage (%)</source>
            <translation>物业管理覆盖率（%）</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>创建标准</translation>
        </message>
        <message>
            <source>Overall result</source>
            <translation>总体结果</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Decisions by item</source>
            <translation>逐条审核意见</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>标准内容</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>审核结论</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>审核意见</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>审核人 / 时间</translation>
        </message>
        <message>
            <source>measured: {value}</source>
            <translation>实测值：{value}</translation>
        </message>
        <message>
            <source>Photo evidence</source>
            <translation>照片佐证材料</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>签发</translation>
        </message>
        <message>
            <source>Reviewers: {names}</source>
            <translation>审核人：{names}</translation>
        </message>
        <message>
            <source>Signed off by {approver} on {time}</source>
            <translation>签发人：{approver}，签发时间：{time}</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Communities in this package</source>
            <translation>本次申报材料所含社区</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>通过数</translation>
        </message>
        <message>
            <source>Streets</source>
            <translation>街道数</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>照片数</translation>
        </message>
        <message>
            <source>Signing key fingerprint (SHA-256)</source>
            <translation>签名公钥指纹（SHA-256）</translation>
        </message>
        <message>
            <source>Audit log head</source>
            <translation>审计日志链头</translation>
        </message>
        <message>
            <source>{district} {year}: application package summary</source>
            <translation>{district}{year}年绿色社区创建申报材料汇总</translation>
        </message>
        <message>
            <source>Missing: {file} is listed in the manifest but not in the package.</source>
            <translation>缺失：{file} 在清单中登记，但申报材料包中没有该文件。</translation>
        </message>
        <message>
            <source>Extra: {file} is in the package but in no manifest.</source>
            <translation>多余：{file} 在申报材料包中，但未在任何清单中登记。</translation>
        </message>
        <message>
            <source>Altered: the SHA-256 of {file} does not match the manifest.</source>
            <translation>已被改动：{file} 的 SHA-256 与清单不一致。</translation>
        </message>
        <message>
            <source>Altered: {file} is damaged inside the zip ({detail}).</source>
            <translation>已被改动：{file} 在压缩包内已损坏（{detail}）。</translation>
        </message>
        <message>
            <source>Missing tag file: {file}.</source>
            <translation>缺少标签文件：{file}。</translation>
        </message>
        <message>
            <source>Altered tag file: the SHA-256 of {file} does not match the tag manifest.</source>
            <translation>标签文件已被改动：{file} 的 SHA-256 与标签清单不一致。</translation>
        </message>
        <message>
            <source>Refused: the path {file} would escape the package folder; it was not read.</source>
            <translation>已拒绝：路径 {file} 会越出申报材料包目录，未读取。</translation>
        </message>
        <message>
            <source>Refused: {file} appears more than once in the zip.</source>
            <translation>已拒绝：{file} 在压缩包中重复出现。</translation>
        </message>
        <message>
            <source>Refused: {file} would expand beyond safe limits ({detail}).</source>
            <translation>已拒绝：{file} 解压后会超出安全上限（{detail}）。</translation>
        </message>
        <message>
            <source>{file} is not a readable zip file ({detail}).</source>
            <translation>{file} 不是可读取的 zip 文件（{detail}）。</translation>
        </message>
        <message>
            <source>{file} is not a BagIt package: no bagit.txt found.</source>
            <translation>{file} 不是 BagIt 申报材料包：未找到 bagit.txt。</translation>
        </message>
        <message>
            <source>Line {detail} of {file} is not '&lt;sha256&gt;  &lt;path&gt;'.</source>
            <translation>{file} 第 {detail} 行的格式不是“&lt;sha256&gt;  &lt;路径&gt;”。</translation>
        </message>
        <message>
            <source>{file}: Payload-Oxum says {detail} but the payload holds a different size or count.</source>
            <translation>{file}：Payload-Oxum 记为 {detail}，但实际内容的大小或文件数不同。</translation>
        </message>
        <message>
            <source>Not signed: {file} is missing.</source>
            <translation>未签名：缺少 {file}。</translation>
        </message>
        <message>
            <source>The public key {file} cannot be read ({detail}).</source>
            <translation>无法读取公钥 {file}（{detail}）。</translation>
        </message>
        <message>
            <source>Signature does not match: {file} was not signed by the key in the package (changed or re-signed).</source>
            <translation>签名不匹配：{file} 不是由包内公钥签名的（已被改动或重新签名）。</translation>
        </message>
        <message>
            <source>Different key: the package was signed by {detail}, not by the expected key.</source>
            <translation>公钥不同：该包由指纹为 {detail} 的密钥签名，不是预期的密钥。</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>未审核</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Item {number}</source>
            <translation>第{number}条</translation>
        </message>
        <message>
            <source>Reviewers</source>
            <translation>审核人</translation>
        </message>
        <message>
            <source>Signed off by</source>
            <translation>签发人</translation>
        </message>
        <message>
            <source>Recommended on</source>
            <translation>推荐日期</translation>
        </message>
        <message>
            <source>First decision</source>
            <translation>首次审核</translation>
        </message>
        <message>
            <source>Last decision</source>
            <translation>最后审核</translation>
        </message>
        <message>
            <source>Signed off at</source>
            <translation>签发时间</translation>
        </message>
        <message>
            <source>All communities</source>
            <translation>全部社区</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Street code</source>
            <translation>街道代码</translation>
        </message>
        <message>
            <source>Communities</source>
            <translation>社区数</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
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
        <name>VerifyPackageDialog</name>
        <message>
            <source>Verify application package</source>
            <translation>校验申报材料</translation>
        </message>
        <message>
            <source>Choose a package</source>
            <translation>选择申报材料包</translation>
        </message>
        <message>
            <source>optional: the fingerprint printed in the district summary</source>
            <translation>可选：区级汇总中打印的公钥指纹</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>申报材料包</translation>
        </message>
        <message>
            <source>Expected key fingerprint</source>
            <translation>预期公钥指纹</translation>
        </message>
        <message>
            <source>Choose a package and press Verify.</source>
            <translation>请选择申报材料包，然后点击“校验”。</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>校验</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Choose a package first.</source>
            <translation>请先选择申报材料包。</translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>正在校验…</translation>
        </message>
        <message>
            <source>Valid: all {files} files match the signed manifests.
Signed by key {fingerprint}</source>
            <translation>校验通过：全部 {files} 个文件与已签名清单一致。
签名公钥指纹：{fingerprint}</translation>
        </message>
        <message>
            <source>NOT valid: {count} problem(s) found.</source>
            <translation>校验未通过：发现 {count} 处问题。</translation>
        </message>
        <message>
            <source>The package could not be checked: {reason}</source>
            <translation>无法校验该申报材料包：{reason}</translation>
        </message>
    </context>
    <context>
        <name>_FileRow</name>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Zip packages (*.zip)</source>
            <translation>Zip 压缩包 (*.zip)</translation>
        </message>
    </context>
</TS>
