<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Backup</name>
        <message>
            <source>daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>手动</translation>
        </message>
        <message>
            <source>before a database upgrade</source>
            <translation>数据库升级前</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>导入前</translation>
        </message>
        <message>
            <source>before a round change</source>
            <translation>轮次变更前</translation>
        </message>
    </context>
    <context>
        <name>BackupTableModel</name>
        <message>
            <source>Date</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>数据库版本</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>校验</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>已校验</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>GreenDesk backs up the workspace database once a day on start, before every database upgrade and before imports. Each backup is checked after it is written. Restoring a backup moves the current database into the set-aside folder; it is never deleted.</source>
            <translation>绿色社区审核台每天启动时、每次数据库升级前和每次导入前都会备份工作区数据库，每份备份写入后都会校验。恢复备份时，当前数据库会移入 set-aside 文件夹保存，绝不删除。</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <source>Check workspace…</source>
            <translation>检查工作区…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>还没有备份。</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Backup of {date} written and verified.</source>
            <translation>{date} 的备份已写入并通过校验。</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>备份失败</translation>
        </message>
        <message>
            <source>Restore the backup of {date} ({reason})?

Everything changed after that time will no longer be in the workspace. The current database is moved to the set-aside folder, not deleted.</source>
            <translation>确定恢复 {date} 的备份（{reason}）吗？

此后所做的全部更改将不再出现在工作区中。当前数据库会移入 set-aside 文件夹保存，不会删除。</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>恢复失败</translation>
        </message>
        <message>
            <source>Backup of {date} restored. The previous database was kept as {file}.</source>
            <translation>已恢复 {date} 的备份。原数据库已保存为 {file}。</translation>
        </message>
        <message>
            <source>GreenDesk</source>
            <translation>绿色社区审核台</translation>
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
            <source>Backup {id} written and verified ({size}): {file}</source>
            <translation>备份 {id} 已写入并通过校验（{size}）：{file}</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>还没有备份。</translation>
        </message>
        <message>
            <source>Restored backup {id} from {date}.</source>
            <translation>已恢复 {date} 的备份 {id}。</translation>
        </message>
        <message>
            <source>The replaced database was moved to {file} (not deleted).</source>
            <translation>被替换的数据库已移至 {file}（未删除）。</translation>
        </message>
        <message>
            <source>No problems found: database intact, {entries} audit entries verified, {photos} photos.</source>
            <translation>未发现问题：数据库完好，已核验 {entries} 条审计记录，照片 {photos} 张。</translation>
        </message>
    </context>
    <context>
        <name>DamagedDatabaseDialog</name>
        <message>
            <source>The workspace database is damaged</source>
            <translation>工作区数据库已损坏</translation>
        </message>
        <message>
            <source>SQLite reported: {problem}</source>
            <translation>SQLite 报告：{problem}</translation>
        </message>
        <message>
            <source>Restore the backup of {date}</source>
            <translation>恢复 {date} 的备份</translation>
        </message>
        <message>
            <source>Do not restore</source>
            <translation>不恢复</translation>
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
            <source>{situation} The damaged file is kept there for recovery; 'greendesk init' starts a new workspace.</source>
            <translation>{situation}损坏的文件保留在该处以便修复；'greendesk init' 可新建工作区。</translation>
        </message>
        <message>
            <source>{situation} To restore that backup: greendesk --data-dir {folder} restore {id}</source>
            <translation>{situation}恢复该备份的命令：greendesk --data-dir {folder} restore {id}</translation>
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
            <source>There is no database to back up in {file}.</source>
            <translation>{file} 中没有可备份的数据库。</translation>
        </message>
        <message>
            <source>The backup of {file} failed its integrity check ({problem}); the database itself may be damaged. Run 'greendesk check'.</source>
            <translation>{file} 的备份未通过完整性校验（{problem}）；数据库本身可能已损坏。请运行 'greendesk check'。</translation>
        </message>
        <message>
            <source>No backup with id {id}. 'greendesk backups' lists them.</source>
            <translation>没有编号为 {id} 的备份。可用 'greendesk backups' 列出全部备份。</translation>
        </message>
        <message>
            <source>The backup {file} is damaged ({problem}) and cannot be restored; choose another.</source>
            <translation>备份 {file} 已损坏（{problem}），无法恢复；请选择其他备份。</translation>
        </message>
        <message>
            <source>The backup {file} was made by a newer version of GreenDesk (schema {revision}); install that version to restore it.</source>
            <translation>备份 {file} 由更新版本的绿色社区审核台生成（数据库版本 {revision}）；请安装该版本后再恢复。</translation>
        </message>
        <message>
            <source>Copying the backup {file} failed.</source>
            <translation>复制备份 {file} 失败。</translation>
        </message>
        <message>
            <source>The workspace {folder} is already open in GreenDesk by {user} on this computer (process {pid}) since {since}. Switch to that window, or close it first.</source>
            <translation>工作区 {folder} 已由 {user} 在本机的绿色社区审核台中打开（进程 {pid}），打开时间 {since}。请切换到该窗口，或先将其关闭。</translation>
        </message>
        <message>
            <source>The workspace {folder} is already open in GreenDesk by {user} on computer {host} since {since}. Close it there first. If that computer crashed, the lock expires {hours} hours after it was taken.</source>
            <translation>工作区 {folder} 已由 {user} 在计算机 {host} 上打开，打开时间 {since}。请先在那台计算机上关闭。如果那台计算机已崩溃，锁定将在加锁 {hours} 小时后失效。</translation>
        </message>
        <message>
            <source>The workspace {folder} is being opened by another GreenDesk right now.</source>
            <translation>另一个绿色社区审核台正在打开工作区 {folder}。</translation>
        </message>
        <message>
            <source>The disk holding {file} is full. The last action was not saved; nothing else was lost. Free some space and try again.</source>
            <translation>{file} 所在的磁盘已满。刚才的操作未保存，其他数据没有丢失。请腾出空间后重试。</translation>
        </message>
        <message>
            <source>{file} is on read-only or write-protected media. The last action was not saved; nothing else was lost. Copy the workspace to a writable folder or remove the write protection.</source>
            <translation>{file} 位于只读或写保护的介质上。刚才的操作未保存，其他数据没有丢失。请把工作区复制到可写的文件夹，或解除写保护。</translation>
        </message>
        <message>
            <source>GreenDesk is not allowed to write {file}. The last action was not saved; nothing else was lost. Check the folder's permissions.</source>
            <translation>绿色社区审核台无权写入 {file}。刚才的操作未保存，其他数据没有丢失。请检查文件夹权限。</translation>
        </message>
        <message>
            <source>{file} can no longer be found (was the USB stick removed or the folder moved?). The last action was not saved. Reconnect the drive and open the workspace again.</source>
            <translation>找不到 {file}（U 盘是否已拔出，或文件夹被移动？）。刚才的操作未保存。请重新连接磁盘后再次打开工作区。</translation>
        </message>
        <message>
            <source>Reading or writing {file} failed (disk error). The last action was not saved. Check the drive, then run 'greendesk check'.</source>
            <translation>读写 {file} 失败（磁盘错误）。刚才的操作未保存。请检查磁盘，然后运行 'greendesk check'。</translation>
        </message>
        <message>
            <source>{file} is busy in another program. The last action was not saved; try again in a moment.</source>
            <translation>{file} 正被其他程序占用。刚才的操作未保存，请稍后重试。</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <source>The database was damaged and has been moved to {file}. There is no good backup to restore.</source>
            <translation>数据库已损坏，已移至 {file}。没有可用于恢复的完好备份。</translation>
        </message>
        <message>
            <source>The database was damaged and has been moved to {file}. The newest good backup is from {backup}; the damaged file was last changed {modified}. Work done between these times would be lost and cannot be listed.</source>
            <translation>数据库已损坏，已移至 {file}。最新的完好备份时间为 {backup}；损坏文件的最后修改时间为 {modified}。这两个时间之间所做的工作将会丢失，且无法逐条列出。</translation>
        </message>
        <message>
            <source>The database was damaged and has been moved to {file}. The newest good backup is from {backup}; the damaged file was last changed {modified}. About {count} recorded changes made after the backup would be lost.</source>
            <translation>数据库已损坏，已移至 {file}。最新的完好备份时间为 {backup}；损坏文件的最后修改时间为 {modified}。备份之后记录的约 {count} 项更改将会丢失。</translation>
        </message>
        <message>
            <source>Database integrity: {problem}</source>
            <translation>数据库完整性：{problem}</translation>
        </message>
        <message>
            <source>Audit log entry {id} was edited (its content no longer matches its hash).</source>
            <translation>审计记录 {id} 被修改过（内容与其哈希值不符）。</translation>
        </message>
        <message>
            <source>Audit log entry {id} does not follow its predecessor: an entry was deleted or inserted.</source>
            <translation>审计记录 {id} 与上一条记录衔接不上：有记录被删除或插入。</translation>
        </message>
        <message>
            <source>Photo {sha} is missing from the store.</source>
            <translation>照片 {sha} 在照片库中缺失。</translation>
        </message>
        <message>
            <source>File photos/{file} belongs to no photo.</source>
            <translation>文件 photos/{file} 不属于任何照片。</translation>
        </message>
        <message>
            <source>Photo {sha} was altered: its bytes no longer match its hash.</source>
            <translation>照片 {sha} 被改动过：文件内容与其哈希值不符。</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>The workspace {folder} is on a network drive. SQLite databases can be damaged when shared over the network; keep the workspace on a local disk or a USB stick.</source>
            <translation>工作区 {folder} 位于网络驱动器上。通过网络共享的 SQLite 数据库可能损坏；请把工作区放在本地磁盘或 U 盘上。</translation>
        </message>
        <message>
            <source>The workspace {folder} is inside a cloud-synced folder ({service}). Sync clients can copy the database half-written or create conflicting copies; move the workspace to a folder that is not synced.</source>
            <translation>工作区 {folder} 位于云同步文件夹（{service}）中。同步客户端可能复制到写了一半的数据库或产生冲突副本；请把工作区移到不同步的文件夹。</translation>
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
        <name>WorkspaceCheckDialog</name>
        <message>
            <source>Check workspace</source>
            <translation>检查工作区</translation>
        </message>
        <message>
            <source>Check now</source>
            <translation>开始检查</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Checks the database file, the audit log (an edited or deleted entry) and every photo in the store (missing, extra, or changed since it was added).</source>
            <translation>检查数据库文件、审计记录（是否有记录被修改或删除）以及照片库中的每张照片（缺失、多余或入库后被改动）。</translation>
        </message>
        <message>
            <source>No problems found: {entries} audit entries and {photos} photos checked.</source>
            <translation>未发现问题：已检查 {entries} 条审计记录和 {photos} 张照片。</translation>
        </message>
        <message>
            <source>{count} problems found.</source>
            <translation>发现 {count} 个问题。</translation>
        </message>
        <message>
            <source>The check was stopped before it finished.</source>
            <translation>检查在完成前被中止。</translation>
        </message>
    </context>
</TS>
