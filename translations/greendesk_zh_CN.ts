<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Reviewer</source>
            <translation>审核人</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>专家</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>账号管理</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>新建账号…</translation>
        </message>
        <message>
            <source>Disable…</source>
            <translation>停用…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>重置密码…</translation>
        </message>
        <message>
            <source>active</source>
            <translation>启用中</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>set</source>
            <translation>已设置</translation>
        </message>
        <message>
            <source>none</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>Enable…</source>
            <translation>启用…</translation>
        </message>
        <message>
            <source>Account created.</source>
            <translation>账号已创建。</translation>
        </message>
        <message>
            <source>Account enabled.</source>
            <translation>账号已启用。</translation>
        </message>
        <message>
            <source>Account disabled.</source>
            <translation>账号已停用。</translation>
        </message>
        <message>
            <source>Password reset.</source>
            <translation>密码已重置。</translation>
        </message>
    </context>
    <context>
        <name>AddCommunitiesDialog</name>
        <message>
            <source>Add communities to the route</source>
            <translation>将社区加入路线</translation>
        </message>
        <message>
            <source>Street / community</source>
            <translation>街道 / 社区</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Planned for</source>
            <translation>已计划日期</translation>
        </message>
        <message>
            <source>A community already planned for another day is moved to this day.</source>
            <translation>已计划在其他日期核验的社区将移到这一天。</translation>
        </message>
    </context>
    <context>
        <name>AddExpertDialog</name>
        <message>
            <source>Add an expert</source>
            <translation>添加专家</translation>
        </message>
        <message>
            <source>An &amp;account with the expert role</source>
            <translation>具有专家角色的账号(&amp;A)</translation>
        </message>
        <message>
            <source>An e&amp;xternal expert (no account)</source>
            <translation>外聘专家（无账号）(&amp;X)</translation>
        </message>
        <message>
            <source>e.g. 区园林绿化局</source>
            <translation>例如：区园林绿化局</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>账号：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>单位(&amp;O)：</translation>
        </message>
    </context>
    <context>
        <name>AdministratorForm</name>
        <message>
            <source>Create the administrator account. It holds all three roles (administrator, reviewer, approver) and can add accounts for colleagues later. Everything you do is recorded under this name.</source>
            <translation>请创建管理员账号。该账号同时具有三种角色（管理员、审核人、审批人），之后可为同事添加账号。您的每一项操作都将以此账号记录。</translation>
        </message>
        <message>
            <source>e.g. wangli (no spaces)</source>
            <translation>例如 wangli（不能有空格）</translation>
        </message>
        <message>
            <source>e.g. 王丽 (printed on documents)</source>
            <translation>例如 王丽（打印在文书上）</translation>
        </message>
        <message>
            <source>Account name:</source>
            <translation>账号：</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Enter an account name.</source>
            <translation>请输入账号。</translation>
        </message>
    </context>
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
            <source>{list}.</source>
            <translation>{list}。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>共 %n 行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n communities matched</source>
            <translation>
                <numerusform>匹配到 %n 个社区</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>照片 %n 张</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to resolve</source>
            <translation>
                <numerusform>待处理问题 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Self-assessment, item {item}</source>
            <translation>第 {item} 条自评</translation>
        </message>
    </context>
    <context>
        <name>ApproverDialog</name>
        <message>
            <source>You act as {account}. Enter your password to confirm.</source>
            <translation>您将以 {account} 的身份操作。请输入您的密码确认。</translation>
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
    <context>
        <name>AssignTab</name>
        <message>
            <source>Assignments: communities by experts</source>
            <translation>分配：社区 × 专家</translation>
        </message>
        <message>
            <source>☑ every item   ◩ some items (see the list)   ☐ not assigned — Space ticks or clears a cell.</source>
            <translation>☑ 全部条目   ◩ 部分条目（见右侧列表）   ☐ 未分配 — 空格键勾选或清除单元格。</translation>
        </message>
        <message>
            <source>Choose a cell to see its items.</source>
            <translation>选择一个单元格以查看其条目。</translation>
        </message>
        <message>
            <source>Items of the chosen cell</source>
            <translation>所选单元格的条目</translation>
        </message>
        <message>
            <source>A&amp;ll</source>
            <translation>全选(&amp;L)</translation>
        </message>
        <message>
            <source>N&amp;one</source>
            <translation>全不选(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Save items</source>
            <translation>保存条目(&amp;S)</translation>
        </message>
        <message>
            <source>Items per expert</source>
            <translation>按专家分配条目</translation>
        </message>
        <message>
            <source>Items {key} {name} scores for {code}:</source>
            <translation>{key} {name} 评审 {code} 的条目：</translation>
        </message>
        <message>
            <source>{number}. ({points} points) {text}</source>
            <translation>{number}.（{points}分）{text}</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>分配</translation>
        </message>
    </context>
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
        <message>
            <source>Nothing was restored, and no new workspace is started over this one. The next start offers the backup again.</source>
            <translation>未恢复任何内容，也不会在此工作区上新建工作区。下次启动时将再次提供该备份。</translation>
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
            <source>Accounts: {admin} (administrator), {reviewer} (reviewer), {approver} (approver); password for all: {password}</source>
            <translation>账户：{admin}（管理员）、{reviewer}（审核人）、{approver}（审批人）；密码均为：{password}</translation>
        </message>
        <message>
            <source>{year} as of {date}: {passed} of {total} in-scope communities passed ({share}%), target {target}% = {required}, {remaining} to go.</source>
            <translation>{year} 年，截至 {date}：纳入创建范围的 {total} 个社区中已通过 {passed} 个（{share}%），年度目标 {target}% 即 {required} 个，还差 {remaining} 个。</translation>
        </message>
        <message>
            <source>Next deadline: {deadline} ({days} days left).</source>
            <translation>下一个截止日期：{deadline}（还剩 {days} 天）。</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>已报送</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Report {period} (snapshot {id}, {state}) written to {file}</source>
            <translation>{period} 报告（快照 {id}，{state}）已写入 {file}</translation>
        </message>
        <message>
            <source>Report package written to {path} ({kind} {period}, {size} bytes).</source>
            <translation>报表材料包已写入 {path}（{kind} {period}，{size} 字节）。</translation>
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
            <source>Package format {format}: {kind} {period}</source>
            <translation>材料包格式 {format}：{kind} {period}</translation>
        </message>
        <message>
            <source>NOT valid: {path} has {count} problem(s):</source>
            <translation>校验未通过：{path} 有 {count} 处问题：</translation>
        </message>
        <message>
            <source>Rework deadline of {code}: {day}</source>
            <translation>{code} 的整改期限：{day}</translation>
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
            <source>The note is empty.</source>
            <translation>备注为空。</translation>
        </message>
        <message>
            <source>attached</source>
            <translation>已挂接</translation>
        </message>
        <message>
            <source>already attached</source>
            <translation>已挂接过</translation>
        </message>
        <message>
            <source>Item {item}: {count} file(s) attached.</source>
            <translation>第 {item} 条：已挂接 {count} 个文件。</translation>
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
            <source>Photo {sha256} is shown turned {degrees}° clockwise.</source>
            <translation>照片 {sha256} 现按顺时针旋转 {degrees}° 显示。</translation>
        </message>
        <message>
            <source>not a date like 2022-09-30: {text}</source>
            <translation>不是形如 2022-09-30 的日期：{text}</translation>
        </message>
        <message>
            <source>not a year like 2022: {text}</source>
            <translation>不是年份（如 2022）：{text}</translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>新密码：</translation>
        </message>
        <message>
            <source>New password again: </source>
            <translation>再次输入新密码：</translation>
        </message>
        <message>
            <source>Account {user} created with roles {roles}.</source>
            <translation>已创建账号 {user}，角色：{roles}。</translation>
        </message>
        <message>
            <source>Password of {user} changed.</source>
            <translation>已修改 {user} 的密码。</translation>
        </message>
        <message>
            <source>Account {user} enabled.</source>
            <translation>账户 {user} 已启用。</translation>
        </message>
        <message>
            <source>Account {user} disabled.</source>
            <translation>账户 {user} 已停用。</translation>
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
            <source>The workspace continues with {file} as it is.</source>
            <translation>工作区将按现状继续使用 {file}。</translation>
        </message>
        <message>
            <source>No problems found: database intact, {entries} audit entries verified against {anchors} anchors and the review tables, {photos} photos.</source>
            <translation>未发现问题：数据库完好，{entries} 条审计记录已与 {anchors} 个锚点及审核数据核对，照片 {photos} 张。</translation>
        </message>
        <message>
            <source>Remove these {count} files? [y/N] </source>
            <translation>删除这 {count} 个文件吗？[y/N] </translation>
        </message>
        <message>
            <source>Nothing to repair: the photo store holds no orphan files.</source>
            <translation>无需修复：照片库中没有孤立文件。</translation>
        </message>
        <message>
            <source>Nothing was removed.</source>
            <translation>未删除任何文件。</translation>
        </message>
        <message>
            <source>Removed {count} files from the photo store.</source>
            <translation>已从照片库删除 {count} 个文件。</translation>
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
            <source>No workbook: a supplementary package for the {year} recommendations.</source>
            <translation>没有工作簿：这是{year}年已有推荐记录的补充材料包。</translation>
        </message>
        <message>
            <source>{name} {code} item {item}</source>
            <translation>{name} {code} 第 {item} 条</translation>
        </message>
        <message>
            <source>round {round}</source>
            <translation>第 {round} 轮</translation>
        </message>
        <message>
            <source>Not attached ({count}); assign with --assign "PATH=CODE:ITEM" or --assign-file:</source>
            <translation>未挂接（{count} 个）；可用 --assign "路径=社区代码:条目" 或 --assign-file 指定：</translation>
        </message>
        <message>
            <source>Template written to {file}</source>
            <translation>模板已保存到 {file}</translation>
        </message>
        <message>
            <source>Trusted key {fingerprint} for {code} {name}.</source>
            <translation>已将密钥 {fingerprint} 登记为 {code} {name} 的受信任密钥。</translation>
        </message>
        <message>
            <source>No key is trusted yet.</source>
            <translation>尚无受信任的密钥。</translation>
        </message>
        <message>
            <source>Removed the trusted key {fingerprint} of {code} {name}.</source>
            <translation>已移除 {code} {name} 的受信任密钥 {fingerprint}。</translation>
        </message>
        <message>
            <source>Password for {user}: </source>
            <translation>{user} 的密码：</translation>
        </message>
        <message>
            <source>skipped (not used until it is fixed):</source>
            <translation>已跳过（修正前不使用）：</translation>
        </message>
        <message>
            <source>Scored: {points} points, pass mark {mark}, {rules} rules, tiers: {tiers}</source>
            <translation>评分制：满分 {points} 分，及格线 {mark} 分，{rules} 条评分规则，等次：{tiers}</translation>
        </message>
        <message>
            <source>Applies to: {years}{batch}</source>
            <translation>适用于：{years}{batch}</translation>
        </message>
        <message>
            <source>Wrote {file}: {standard}, derived from {parent}</source>
            <translation>已写入 {file}：{standard}，派生自 {parent}</translation>
        </message>
        <message>
            <source>standard</source>
            <translation>标准</translation>
        </message>
        <message>
            <source>item {item} rule {rule}</source>
            <translation>第 {item} 条规则 {rule}</translation>
        </message>
        <message>
            <source>tier {key}</source>
            <translation>等次 {key}</translation>
        </message>
        <message>
            <source>category {key}</source>
            <translation>类别 {key}</translation>
        </message>
        <message>
            <source>item {key}</source>
            <translation>第 {key} 条</translation>
        </message>
        <message>
            <source>No differences.</source>
            <translation>没有差异。</translation>
        </message>
        <message>
            <source>all items</source>
            <translation>全部条目</translation>
        </message>
        <message>
            <source>Panel {id} {name}: {year} batch {batch}, {standard}, flag spreads above {threshold}</source>
            <translation>专家组 {id} {name}：{year} 年第 {batch} 批，{standard}，极差超过 {threshold} 标记分歧</translation>
        </message>
        <message>
            <source>external</source>
            <translation>外聘</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>达到要求</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>未达到要求</translation>
        </message>
        <message>
            <source>{code} {name} ({street}): total {total}, {result}{tier}</source>
            <translation>{code} {name}（{street}）：总分 {total}，{result}{tier}</translation>
        </message>
        <message>
            <source>item</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>平均分</translation>
        </message>
        <message>
            <source>spread</source>
            <translation>极差</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>分歧</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>确认分</translation>
        </message>
        <message>
            <source>Panel {id} {name} created.</source>
            <translation>已创建专家组 {id} {name}。</translation>
        </message>
        <message>
            <source>Expert {key} {name} added.</source>
            <translation>已添加专家 {key} {name}。</translation>
        </message>
        <message>
            <source>Assignments changed: {count}.</source>
            <translation>已变更分配：{count} 项。</translation>
        </message>
        <message>
            <source>{key} scored item {item} of {code}: {score} of {points} points.</source>
            <translation>{key} 评定 {code} 第 {item} 条：{score} 分（满分 {points} 分）。</translation>
        </message>
        <message>
            <source>{key} scored item {item} of {code}: {score} of {points} points (unchanged).</source>
            <translation>{key} 评定 {code} 第 {item} 条：{score} 分（满分 {points} 分，未变）。</translation>
        </message>
        <message>
            <source>Item {item} of {code} confirmed: {score} (experts' mean {mean}).</source>
            <translation>{code} 第 {item} 条已确认：{score} 分（专家平均分 {mean}）。</translation>
        </message>
        <message>
            <source>Nothing to confirm: every item is confirmed, flagged or awaits a score.</source>
            <translation>没有可确认的条目：各条目均已确认、存在分歧或尚待评分。</translation>
        </message>
        <message>
            <source>left out (a program): {community} item {item}: {name}</source>
            <translation>未打包（程序文件）：{community} 第{item}条：{name}</translation>
        </message>
        <message>
            <source>Kit written to {path}: {communities} communities, {files} files.</source>
            <translation>评分包已写入 {path}：{communities} 个社区，{files} 个文件。</translation>
        </message>
        <message>
            <source>Checksums of the parts: {path}</source>
            <translation>各分卷校验值：{path}</translation>
        </message>
        <message>
            <source>评分码 (shown only now; give it to the expert separately, by phone or in person): {code}</source>
            <translation>评分码（仅显示这一次；请通过电话或当面另行告知专家）：{code}</translation>
        </message>
        <message>
            <source>{file} was imported before: nothing added.</source>
            <translation>{file} 已导入过：未新增任何内容。</translation>
        </message>
        <message>
            <source>Imported {file} from expert {expert} ({name}): {items} items, {added} new scores.</source>
            <translation>已导入专家 {expert}（{name}）的 {file}：{items} 项，新增 {added} 条评分。</translation>
        </message>
        <message>
            <source>Returned kit written to {path}.</source>
            <translation>评分回执已写入 {path}。</translation>
        </message>
        <message>
            <source>Scoring sheet written: {file}</source>
            <translation>已导出专家评分表：{file}</translation>
        </message>
        <message>
            <source>{file}: {recorded} scores recorded for {expert} {name}.</source>
            <translation>{file}：已为 {expert} {name} 记录 {recorded} 项评分。</translation>
        </message>
        <message>
            <source>not scored: sheet '{sheet}', row {row}, item {item} ({code})</source>
            <translation>未评分：工作表“{sheet}”第 {row} 行，第 {item} 条（{code}）</translation>
        </message>
        <message>
            <source>Notice {id}: {title}, {start} to {end}; communities listed: {count}</source>
            <translation>公示 {id}：{title}，{start} 至 {end}；列入名单的社区：{count} 个</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>open</source>
            <translation>公示中</translation>
        </message>
        <message>
            <source>No public notice yet.</source>
            <translation>尚无公示。</translation>
        </message>
        <message>
            <source>Re-check plan {id}, seed {seed}: {sample}</source>
            <translation>复核计划 {id}，随机种子 {seed}：{sample}</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>No re-check recorded yet.</source>
            <translation>尚无复核记录。</translation>
        </message>
        <message>
            <source>No re-check plan yet.</source>
            <translation>尚无复核计划。</translation>
        </message>
        <message>
            <source>photos: {count}</source>
            <translation>照片：{count}</translation>
        </message>
        <message>
            <source>Questionnaire: {handed_out} handed out, {returned} returned: {satisfied} satisfied, {basically} basically satisfied, {dissatisfied} dissatisfied</source>
            <translation>问卷：发放 {handed_out} 份，回收 {returned} 份；满意 {satisfied}，基本满意 {basically}，不满意 {dissatisfied}</translation>
        </message>
        <message>
            <source>Imported package {id}: {name} ({code}) {period}, {communities} communities.</source>
            <translation>已导入材料包 {id}：{name}（{code}）{period}，{communities} 个社区。</translation>
        </message>
        <message>
            <source>It supersedes package(s) {ids}.</source>
            <translation>该材料包取代了材料包 {ids}。</translation>
        </message>
        <message>
            <source>A newer package ({id}) of the same period stays current.</source>
            <translation>同一期间更新的材料包（{id}）仍为现行数据。</translation>
        </message>
        <message>
            <source>{city} {year}: {passed} of {total} communities passed ({rate}%), {recommended} pilots started ({participation}%), {named} named; target {required}, {remaining} to go.</source>
            <translation>{city} {year} 年：{total} 个社区中 {passed} 个达到创建要求（达标率 {rate}%），启动试点 {recommended} 个（参与率 {participation}%），命名 {named} 个；目标 {required} 个，尚差 {remaining} 个。</translation>
        </message>
        <message>
            <source>{quarter}: reported {reported}; late {late}.</source>
            <translation>{quarter}：已报送 {reported}；逾期未报 {late}。</translation>
        </message>
        <message>
            <source>Evidence files found in more than one district: {count}.</source>
            <translation>在两个以上区重复出现的佐证文件：{count} 个。</translation>
        </message>
        <message>
            <source>From package {id}: {kind}, {period}, as of {as_of}.</source>
            <translation>数据来自材料包 {id}：{kind}，{period}，截至 {as_of}。</translation>
        </message>
        <message>
            <source>No evidence file is found in more than one district.</source>
            <translation>未发现在两个以上区重复使用的佐证文件。</translation>
        </message>
        <message>
            <source>Sample of {count} from {population} (seed {seed}): {codes}</source>
            <translation>从 {population} 个社区中抽取 {count} 个（抽样种子 {seed}）：{codes}</translation>
        </message>
        <message>
            <source>Work list written to {file}</source>
            <translation>抽查工作清单已写入 {file}</translation>
        </message>
        <message>
            <source>City report written to {pdf} and {xlsx}</source>
            <translation>全市报告已写入 {pdf} 和 {xlsx}</translation>
        </message>
        <message>
            <source>district's own</source>
            <translation>本区单独设定</translation>
        </message>
        <message>
            <source>city's</source>
            <translation>全市统一</translation>
        </message>
        <message>
            <source>{code} {year}: target share {share}% ({whose}).</source>
            <translation>{code} {year} 年：目标比例 {share}%（{whose}）。</translation>
        </message>
        <message>
            <source>{option}: {value} is out of range</source>
            <translation>{option}：{value} 超出范围</translation>
        </message>
        <message>
            <source>greendesk: {file}: {reason}. The command did not complete.</source>
            <translation>greendesk：{file}：{reason}。命令未完成。</translation>
        </message>
        <message>
            <source>greendesk: an unexpected problem stopped the command: {problem}. The command did not complete; what it was saving was rolled back.</source>
            <translation>greendesk：命令因意外问题而中止：{problem}。命令未完成，其正在保存的内容已全部撤回。</translation>
        </message>
        <message>
            <source>The details were written to {file}.</source>
            <translation>详细信息已写入 {file}。</translation>
        </message>
        <message>
            <source>greendesk: an argument holds a NUL character.</source>
            <translation>greendesk：参数中含有 NUL 字符。</translation>
        </message>
    </context>
    <context>
        <name>CategoryForm</name>
        <message>
            <source>Number:</source>
            <translation>编号：</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>名称：</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>另存为 PNG…</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>保存图表</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
    </context>
    <context>
        <name>City</name>
        <message>
            <source>application package (signed-off communities)</source>
            <translation>申报材料包（已签发的社区）</translation>
        </message>
        <message>
            <source>quarterly report (every community, with its status)</source>
            <translation>季度报告（全部社区及其状态）</translation>
        </message>
        <message>
            <source>annual report (every community, with its status)</source>
            <translation>年度报告（全部社区及其状态）</translation>
        </message>
    </context>
    <context>
        <name>CityScreen</name>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Import district package…</source>
            <translation>导入区级材料包…</translation>
        </message>
        <message>
            <source>Spot check…</source>
            <translation>抽查…</translation>
        </message>
        <message>
            <source>Export city report…</source>
            <translation>导出全市报告…</translation>
        </message>
        <message>
            <source>District target…</source>
            <translation>区年度目标…</translation>
        </message>
        <message>
            <source>Set the selected district's own target share for the year</source>
            <translation>为所选的区单独设定本年度目标比例</translation>
        </message>
        <message>
            <source>Double-click a district to see its communities</source>
            <translation>双击一个区查看其社区</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Quarterly reports</source>
            <translation>季度报送</translation>
        </message>
        <message>
            <source>Evidence found in more than one district</source>
            <translation>跨区重复使用的证明材料</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>已报送</translation>
        </message>
        <message>
            <source>late</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>not yet due</source>
            <translation>未到期</translation>
        </message>
        <message>
            <source>&lt;b&gt;{passed}&lt;/b&gt; of {total} communities passed (&lt;b&gt;{rate}%&lt;/b&gt;), {recommended} pilots started ({participation}%), &lt;b&gt;{named}&lt;/b&gt; named; targets per district (shares differ) = {required}, &lt;b&gt;{remaining}&lt;/b&gt; to go</source>
            <translation>{total} 个城市社区中 &lt;b&gt;{passed}&lt;/b&gt; 个达标（&lt;b&gt;{rate}%&lt;/b&gt;），启动试点 {recommended} 个（参与率 {participation}%），命名 &lt;b&gt;{named}&lt;/b&gt; 个；按各区目标（比例不同）合计 {required} 个，尚差 &lt;b&gt;{remaining}&lt;/b&gt; 个</translation>
        </message>
        <message>
            <source>&lt;b&gt;{passed}&lt;/b&gt; of {total} communities passed (&lt;b&gt;{rate}%&lt;/b&gt;), {recommended} pilots started ({participation}%), &lt;b&gt;{named}&lt;/b&gt; named; target {share}% = {required}, &lt;b&gt;{remaining}&lt;/b&gt; to go</source>
            <translation>{total} 个城市社区中 &lt;b&gt;{passed}&lt;/b&gt; 个达标（&lt;b&gt;{rate}%&lt;/b&gt;），启动试点 {recommended} 个（参与率 {participation}%），命名 &lt;b&gt;{named}&lt;/b&gt; 个；目标 {share}% = {required} 个，尚差 &lt;b&gt;{remaining}&lt;/b&gt; 个</translation>
        </message>
        <message>
            <source>None found</source>
            <translation>未发现</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区</translation>
        </message>
        <message>
            <source>Communities</source>
            <translation>城市社区</translation>
        </message>
        <message>
            <source>Pilots</source>
            <translation>启动试点</translation>
        </message>
        <message>
            <source>Participation %</source>
            <translation>参与率 %</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>达标</translation>
        </message>
        <message>
            <source>Pass rate %</source>
            <translation>达标率 %</translation>
        </message>
        <message>
            <source>Named</source>
            <translation>命名数</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>年度目标</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>目标比例 %</translation>
        </message>
        <message>
            <source>To go</source>
            <translation>尚差</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>本季度</translation>
        </message>
        <message>
            <source>No package of this year imported yet</source>
            <translation>尚未导入本年度材料包</translation>
        </message>
        <message>
            <source>Set for this district (right-click to change)</source>
            <translation>本区单独设定（右键修改）</translation>
        </message>
        <message>
            <source>The city's share (right-click to set this district's own)</source>
            <translation>全市统一比例（右键为本区单独设定）</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>&lt;b&gt;{quarter}&lt;/b&gt; (due {due})&lt;br&gt;Reported ({n_reported}): {reported}&lt;br&gt;&lt;span style='color:#C62828'&gt;Late ({n_late}): {late}&lt;/span&gt;</source>
            <translation>&lt;b&gt;{quarter}&lt;/b&gt;（{due} 前报送）&lt;br&gt;已报送（{n_reported}）：{reported}&lt;br&gt;&lt;span style='color:#C62828'&gt;逾期（{n_late}）：{late}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Set target share…</source>
            <translation>设定目标比例…</translation>
        </message>
        <message>
            <source>Show communities…</source>
            <translation>查看社区…</translation>
        </message>
        <message>
            <source>District target</source>
            <translation>区年度目标</translation>
        </message>
        <message>
            <source>Select a district first.</source>
            <translation>请先选择一个区。</translation>
        </message>
        <message>
            <source>Target share of {code} for {year} saved</source>
            <translation>已保存 {code} {year} 年的目标比例</translation>
        </message>
        <message>
            <source>Import district package</source>
            <translation>导入区级材料包</translation>
        </message>
        <message numerus="yes">
            <source>Imported {name}: {period}, %n communities</source>
            <translation>
                <numerusform>已导入{name}：{period}，%n 个社区</numerusform>
            </translation>
        </message>
        <message>
            <source>Application package (*.zip)</source>
            <translation>申报材料包 (*.zip)</translation>
        </message>
        <message>
            <source>Export city report</source>
            <translation>导出全市报告</translation>
        </message>
        <message>
            <source>City report written to {folder}</source>
            <translation>全市报告已保存到 {folder}</translation>
        </message>
    </context>
    <context>
        <name>CitySeriesChart</name>
        <message>
            <source>Passed and named, cumulative</source>
            <translation>累计达标和命名</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>达标</translation>
        </message>
        <message>
            <source>Named</source>
            <translation>命名</translation>
        </message>
        <message>
            <source>Target {count}</source>
            <translation>目标 {count}</translation>
        </message>
        <message>
            <source>{target} (above the scale)</source>
            <translation>{target}（超出图表范围）</translation>
        </message>
        <message>
            <source>{passed} passed ({share}%), {named} named</source>
            <translation>达标 {passed} 个（{share}%），命名 {named} 个</translation>
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
        <name>ConfirmDialog</name>
        <message>
            <source>Confirm item {item}</source>
            <translation>确认第 {item} 条</translation>
        </message>
        <message>
            <source>{community}, item {item} ({points} points): {text}</source>
            <translation>{community}，第 {item} 条（{points} 分）：{text}</translation>
        </message>
        <message>
            <source>Experts: {scores}
Mean {mean}, spread {spread}</source>
            <translation>专家评分：{scores}
平均分 {mean}，极差 {spread}</translation>
        </message>
        <message>
            <source>⚠ The experts disagree: the spread is above the panel's threshold. Write the reason.</source>
            <translation>⚠ 专家意见分歧：极差超过专家组的阈值，请填写理由。</translation>
        </message>
        <message>
            <source>Needed when the experts disagree or the score differs from the mean (kept as dissent).</source>
            <translation>专家意见分歧或确认分与平均分不同时必填（作为不同意见保存）。</translation>
        </message>
        <message>
            <source>Confirmed &amp;score:</source>
            <translation>确认得分(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Reason / dissent:</source>
            <translation>理由/不同意见(&amp;R)：</translation>
        </message>
        <message>
            <source>Experts' comments:
{comments}</source>
            <translation>专家意见：
{comments}</translation>
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
            <source>Continue with the damaged database</source>
            <translation>继续使用损坏的数据库</translation>
        </message>
        <message>
            <source>Do not restore</source>
            <translation>不恢复</translation>
        </message>
    </context>
    <context>
        <name>DashboardScreen</name>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>&lt;b&gt;{passed}&lt;/b&gt; of {total} in-scope communities passed (&lt;b&gt;{share}%&lt;/b&gt;); target {target}% = {required}, &lt;b&gt;{remaining}&lt;/b&gt; to go; {below} streets below the pilot minimum</source>
            <translation>纳入范围的 {total} 个社区中已通过 &lt;b&gt;{passed}&lt;/b&gt; 个（&lt;b&gt;{share}%&lt;/b&gt;）；年度目标 {target}% 即 {required} 个，还差 &lt;b&gt;{remaining}&lt;/b&gt; 个；{below} 个街道低于试点最低数</translation>
        </message>
        <message>
            <source>{what} due {date}: &lt;b&gt;{days}&lt;/b&gt; days left</source>
            <translation>{what}截止 {date}：还剩 &lt;b&gt;{days}&lt;/b&gt; 天</translation>
        </message>
    </context>
    <context>
        <name>DeadlineDialog</name>
        <message>
            <source>Rework deadline</source>
            <translation>整改期限</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} 等另外 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Communities:</source>
            <translation>社区：</translation>
        </message>
        <message>
            <source>Rework &amp;due by:</source>
            <translation>整改截止日期(&amp;D)：</translation>
        </message>
        <message>
            <source>The rework notice prints this day, and the queue flags the community once it passes.</source>
            <translation>整改通知书将载明此日期；逾期后审核队列中会标注该社区。</translation>
        </message>
    </context>
    <context>
        <name>DecideDialog</name>
        <message>
            <source>Decide the objection</source>
            <translation>裁定异议</translation>
        </message>
        <message>
            <source>&amp;Upheld</source>
            <translation>成立(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Not upheld</source>
            <translation>不成立(&amp;N)</translation>
        </message>
        <message>
            <source>{name}, received {day}: {content}</source>
            <translation>{name}，{day} 收到：{content}</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>裁定：</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>理由(&amp;R)：</translation>
        </message>
        <message>
            <source>Your &amp;password:</source>
            <translation>您的密码(&amp;P)：</translation>
        </message>
        <message>
            <source>Not upheld: the community stays on the notice.</source>
            <translation>不成立：该社区仍在公示名单中。</translation>
        </message>
        <message>
            <source>Not upheld</source>
            <translation>不成立</translation>
        </message>
        <message>
            <source>Uphold</source>
            <translation>成立</translation>
        </message>
        <message>
            <source>Upholding sends {community} back to review: its sign-off is withdrawn and a new review round starts. It is not named from this notice; once signed off again it goes on a later notice.</source>
            <translation>裁定成立将使 {community} 退回审核：撤销其签发并开始新一轮审核。该社区不依据本次公示命名；重新签发后列入以后的公示。</translation>
        </message>
        <message>
            <source>This objection concerns the list as a whole: no community is sent back to review, but nothing can be named from this notice (a corrected list is a new notice).</source>
            <translation>此异议针对整体名单：不会退回任何社区重新审核，但不能依此公示命名（更正后的名单须重新公示）。</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>Creating the workspace…</source>
            <translation>正在创建工作区…</translation>
        </message>
        <message>
            <source>Filling the registry of streets and communities…</source>
            <translation>正在填写街道和社区名录…</translation>
        </message>
        <message>
            <source>Recording last year's pilot communities…</source>
            <translation>正在记录上一年度的试点社区…</translation>
        </message>
        <message>
            <source>Importing the streets' packages with photos…</source>
            <translation>正在导入街道材料包及照片…</translation>
        </message>
        <message>
            <source>Reviewing and signing off…</source>
            <translation>正在审核并签发…</translation>
        </message>
        <message>
            <source>Public notice and naming of last year's pilots…</source>
            <translation>正在公示并命名上一年度的试点社区…</translation>
        </message>
        <message>
            <source>Adding demo content…</source>
            <translation>正在添加演示内容…</translation>
        </message>
    </context>
    <context>
        <name>DiffView</name>
        <message>
            <source>Change</source>
            <translation>变更</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>原值</translation>
        </message>
        <message>
            <source>After</source>
            <translation>新值</translation>
        </message>
        <message>
            <source>added</source>
            <translation>已添加</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>已更改</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>标准</translation>
        </message>
        <message>
            <source>Item {item}, rule {rule}</source>
            <translation>条目 {item}，规则 {rule}</translation>
        </message>
        <message>
            <source>Tier {key}</source>
            <translation>等次 {key}</translation>
        </message>
        <message>
            <source>Category {key}</source>
            <translation>类别 {key}</translation>
        </message>
        <message>
            <source>Item {key}</source>
            <translation>条目 {key}</translation>
        </message>
        <message numerus="yes">
            <source>Against {parent}: %n change(s).</source>
            <translation>
                <numerusform>与 {parent} 相比：%n 处变更。</numerusform>
            </translation>
        </message>
        <message>
            <source>No differences from {parent}.</source>
            <translation>与 {parent} 没有差异。</translation>
        </message>
        <message>
            <source>No diff while the standard has problems: {problem}</source>
            <translation>标准还有问题，无法比较差异：{problem}</translation>
        </message>
    </context>
    <context>
        <name>DistrictDialog</name>
        <message>
            <source>{name} ({code})</source>
            <translation>{name}（{code}）</translation>
        </message>
        <message>
            <source>{passed} of {total} passed ({rate}%), {named} named. Figures and communities from its newest package: {kind}, {period}, as of {as_of}</source>
            <translation>{total} 个中 {passed} 个达标（{rate}%），{named} 个已命名。数据与社区名单来自其最新材料包：{kind}，{period}，截至 {as_of}</translation>
        </message>
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
            <source>Status</source>
            <translation>审核状态</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>达标</translation>
        </message>
        <message>
            <source>Named</source>
            <translation>命名</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>DistrictTargetDialog</name>
        <message>
            <source>Target share of {name} {year}</source>
            <translation>{name} {year} 年目标比例</translation>
        </message>
        <message>
            <source>The city's target share for {year} is {share}%. A share set here applies to {name} only: its required count is this share of its {total} communities in scope.</source>
            <translation>全市 {year} 年目标比例为 {share}%。此处设定的比例仅适用于{name}：其应达标数按本区 {total} 个纳入范围的社区乘以该比例计算。</translation>
        </message>
        <message>
            <source>Use the city's share ({share}%)</source>
            <translation>采用全市统一比例（{share}%）</translation>
        </message>
        <message>
            <source>District's share</source>
            <translation>本区目标比例</translation>
        </message>
    </context>
    <context>
        <name>DocumentPane</name>
        <message>
            <source>◀ Page</source>
            <translation>◀ 上一页</translation>
        </message>
        <message>
            <source>Page ▶</source>
            <translation>下一页 ▶</translation>
        </message>
        <message>
            <source>Open with the system program</source>
            <translation>用系统程序打开</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>文件：{name}</translation>
        </message>
        <message>
            <source>Size: {size}</source>
            <translation>大小：{size}</translation>
        </message>
        <message>
            <source>Type: {kind} ({media})</source>
            <translation>类型：{kind}（{media}）</translation>
        </message>
        <message>
            <source>A video: open it with the system player.</source>
            <translation>视频文件：请用系统播放器打开。</translation>
        </message>
        <message>
            <source>No preview for this kind of file: open it with the system program.</source>
            <translation>此类文件无法预览，请用系统程序打开。</translation>
        </message>
        <message>
            <source>Page {page} of {count}</source>
            <translation>第 {page} 页，共 {count} 页</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Page &amp;P of &amp;N</source>
            <translation>第 &amp;P 页 共 &amp;N 页</translation>
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
            <source>City code '{code}' must be 6 digits ending in 00 (e.g. 110000).</source>
            <translation>市级代码“{code}”须为以 00 结尾的 6 位数字（如 110000）。</translation>
        </message>
        <message>
            <source>City {code} is not in the shipped registry: please give its name.</source>
            <translation>{code} 不在内置名录中：请填写其名称。</translation>
        </message>
        <message>
            <source>District code '{code}' must be 6 digits (e.g. 110105 for Chaoyang).</source>
            <translation>区划代码“{code}”必须是 6 位数字（例如朝阳区为 110105）。</translation>
        </message>
        <message>
            <source>{code} is a city's code (it ends in 00), not a district's: a district workspace needs its district's code, and 'greendesk init --district {code}' creates the city's workspace.</source>
            <translation>{code} 是市级代码（以 00 结尾），不是区的代码：区级工作区需使用本区代码；“greendesk init --district {code}”可创建市级工作区。</translation>
        </message>
        <message>
            <source>District {code} is not in the shipped registry: please give its name.</source>
            <translation>区划代码 {code} 不在内置名录中，请填写区名称。</translation>
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
            <source>The import of {source} was not started because the backup before it could not be made; nothing was imported. {reason}</source>
            <translation>没有开始导入 {source}：导入前的备份没有做成，因此什么都没有导入。{reason}</translation>
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
            <source>{file} is not an Excel workbook (.xlsx, .xlsm, .xlsb, .xls, .ods or .csv).</source>
            <translation>{file} 不是 Excel 工作簿（.xlsx、.xlsm、.xlsb、.xls、.ods 或 .csv）。</translation>
        </message>
        <message>
            <source>File {file} is password protected; remove the password and import again.</source>
            <translation>文件 {file} 设有密码保护，请去掉密码后再导入。</translation>
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
            <source>{file} holds {size} MB of sheet XML, more than the {limit} MB a workbook may have.</source>
            <translation>{file} 含 {size} MB 的工作表 XML，超过工作簿允许的 {limit} MB。</translation>
        </message>
        <message>
            <source>{file} contains forbidden XML (entity declarations) and was refused.</source>
            <translation>{file} 含有被禁止的 XML 内容（实体声明），已拒绝。</translation>
        </message>
        <message>
            <source>{file}: sheet '{sheet}' is damaged and cannot be read ({reason}).</source>
            <translation>{file}：工作表“{sheet}”已损坏，无法读取（{reason}）。</translation>
        </message>
        <message>
            <source>{file} is damaged and cannot be read ({reason}).</source>
            <translation>{file} 已损坏，无法读取（{reason}）。</translation>
        </message>
        <message>
            <source>{file} is larger than {limit} MB; split it into smaller files.</source>
            <translation>{file} 超过 {limit} MB，请拆分为较小的文件。</translation>
        </message>
        <message>
            <source>{file} has more than {limit} columns; it is not a list of communities.</source>
            <translation>{file} 超过 {limit} 列，不是社区名单。</translation>
        </message>
        <message>
            <source>{file} is not a readable text list (save it as CSV in UTF-8 or GBK, or as .xlsx).</source>
            <translation>{file} 不是可读取的文本名单（请另存为 UTF-8 或 GBK 编码的 CSV，或 .xlsx）。</translation>
        </message>
        <message>
            <source>{file}: sheet '{sheet}' has more than {limit} rows with data; split it into smaller files.</source>
            <translation>{file}：工作表"{sheet}"有数据的行超过 {limit} 行；请拆分为较小的文件。</translation>
        </message>
        <message>
            <source>{file}: sheet '{sheet}' has merged cells covering {count} cells, more than the {limit} allowed.</source>
            <translation>{file}：工作表"{sheet}"的合并单元格覆盖 {count} 个单元格，超过允许的 {limit} 个。</translation>
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
            <source>{code} is signed off for {year}; unlock it before attaching files.</source>
            <translation>{code} {year}年已签发；请先解锁再挂接文件。</translation>
        </message>
        <message>
            <source>No file to attach was given.</source>
            <translation>没有给出要挂接的文件。</translation>
        </message>
        <message>
            <source>No stored photo has the hash {sha256}.</source>
            <translation>没有哈希值为 {sha256} 的已存照片。</translation>
        </message>
        <message>
            <source>A photo turns in steps of 90 degrees, not {degrees}.</source>
            <translation>照片只能按 90 度旋转，不能旋转 {degrees} 度。</translation>
        </message>
        <message>
            <source>{sha256} is not an image; only images can be turned.</source>
            <translation>{sha256} 不是图片，只有图片可以旋转。</translation>
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
            <source>{code}'s name was revoked after a re-check; it can only come back through a new recommendation.</source>
            <translation>{code} 已在复核后被撤销命名，只能重新推荐。</translation>
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
            <source>The id '{standard}' cannot name a local edition: use 1-100 letters, digits, '.', '_' or '-'.</source>
            <translation>标识“{standard}”不能用作本地版本的标识：请使用1-100个字母、数字、“.”、“_”或“-”。</translation>
        </message>
        <message>
            <source>Standard {standard} has no category {category}.</source>
            <translation>标准 {standard} 中没有类别 {category}。</translation>
        </message>
        <message>
            <source>Category '{category}' still holds {count} item(s); move or remove them first.</source>
            <translation>类别“{category}”下还有 {count} 个条目；请先移走或删除这些条目。</translation>
        </message>
        <message>
            <source>Item {item} exists already; choose another number.</source>
            <translation>第{item}条已存在；请换一个编号。</translation>
        </message>
        <message>
            <source>Item {item} has a rule '{rule}' already; choose another id.</source>
            <translation>第{item}条已有规则“{rule}”；请换一个标识。</translation>
        </message>
        <message>
            <source>Standard {standard} derives from no other standard.</source>
            <translation>标准 {standard} 没有上级标准。</translation>
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
            <source>missing, or not {expected}</source>
            <translation>缺失，或不是{expected}</translation>
        </message>
        <message>
            <source>the value {value} is not allowed here</source>
            <translation>此处不允许取值 {value}</translation>
        </message>
        <message>
            <source>nested more than {depth} levels deep</source>
            <translation>嵌套超过 {depth} 层</translation>
        </message>
        <message>
            <source>not JSON text (line {line}, column {column})</source>
            <translation>不是 JSON 文本（第 {line} 行第 {column} 列）</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte {offset})</source>
            <translation>不是 UTF-8 文本（第 {offset} 字节）</translation>
        </message>
        <message>
            <source>a text</source>
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
            <source>true or false</source>
            <translation>真或假</translation>
        </message>
        <message>
            <source>The workspace's figures cannot be packaged: {field}: {reason}. Nothing was written; run 'greendesk check', and report this if the workspace is sound.</source>
            <translation>工作区的数据无法打包：{field}：{reason}。未写入任何文件；请运行“greendesk check”，若工作区完好请报告此问题。</translation>
        </message>
        <message>
            <source>The package {package} carries an invalid {file}: {field}: {reason}.</source>
            <translation>材料包 {package} 中的 {file} 无效：{field}：{reason}。</translation>
        </message>
        <message>
            <source>Cannot read {file} in the package {package}: {reason}</source>
            <translation>无法读取材料包 {package} 中的 {file}：{reason}</translation>
        </message>
        <message>
            <source>The package {package} changed after it was verified; verify it again.</source>
            <translation>材料包 {package} 在校验后已被改动，请重新校验。</translation>
        </message>
        <message>
            <source>The package {package} did not verify: {problem}</source>
            <translation>材料包 {package} 未通过校验：{problem}</translation>
        </message>
        <message>
            <source>The package {package} is format {format}, made by an older GreenDesk: it carries no machine-readable figures; ask the district to export it again.</source>
            <translation>材料包 {package} 为格式 {format}，由较早版本的 GreenDesk 制作，不含机器可读的数据；请区里重新导出。</translation>
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
            <source>must be a finite number</source>
            <translation>必须是有限的数字</translation>
        </message>
        <message>
            <source>is {length} characters long; at most {limit} are allowed</source>
            <translation>长 {length} 个字符；最多允许 {limit} 个</translation>
        </message>
        <message>
            <source>is {value}; it must be between {low} and {high}</source>
            <translation>为 {value}；必须在 {low} 到 {high} 之间</translation>
        </message>
        <message>
            <source>lists {count} entries; at most {limit} are allowed</source>
            <translation>列出了 {count} 项；最多允许 {limit} 项</translation>
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
            <source>Standard file {problem}</source>
            <translation>标准文件 {problem}</translation>
        </message>
        <message>
            <source>Standard file {file}: field 'derives_from' names unknown standard '{parent}'</source>
            <translation>标准文件 {file}：字段“derives_from”引用了不存在的标准“{parent}”</translation>
        </message>
        <message>
            <source>Unknown standard '{standard}'; {count} standard file(s) were skipped, first: {problem}</source>
            <translation>未知标准"{standard}"；有 {count} 个标准文件被跳过，第一个：{problem}</translation>
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
            <source>{file} is empty or damaged, and it is not overwritten. Start GreenDesk on {folder}: its start check sets the file aside and offers the newest good backup.</source>
            <translation>{file} 为空或已损坏，不会被覆盖。请在 {folder} 上启动 GreenDesk：启动检查会将该文件移到一旁，并提供最新的完好备份。</translation>
        </message>
        <message>
            <source>{folder} holds backups of a workspace whose database is missing. Restore the newest one (greendesk --data-dir {folder} restore {id}) instead of starting a new workspace there, or choose another folder.</source>
            <translation>{folder} 中有一个工作区的备份，但其数据库已缺失。请恢复最新的备份（greendesk --data-dir {folder} restore {id}），而不要在此新建工作区；或选择其他文件夹。</translation>
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
            <source>Name the account that acts: --user NAME (or set GREENDESK_USER).</source>
            <translation>请指明操作账户：--user 账户名（或设置 GREENDESK_USER）。</translation>
        </message>
        <message>
            <source>No password for {user}: set GREENDESK_PASSWORD, or run the command in a terminal to be asked.</source>
            <translation>未提供 {user} 的密码：请设置 GREENDESK_PASSWORD，或在终端中运行命令以输入密码。</translation>
        </message>
        <message>
            <source>{situation} To go on with the database as it is: greendesk --data-dir {folder} restore --set-aside {file}</source>
            <translation>{situation} 如要按现状继续使用该数据库：greendesk --data-dir {folder} restore --set-aside {file}</translation>
        </message>
        <message>
            <source>{situation} To go on with the database as it is: greendesk --data-dir {folder} restore --set-aside {file}; to restore the backup instead: greendesk --data-dir {folder} restore {id}</source>
            <translation>{situation} 如要按现状继续使用该数据库：greendesk --data-dir {folder} restore --set-aside {file}；如要改为恢复该备份：greendesk --data-dir {folder} restore {id}</translation>
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
            <source>progressive JPEG</source>
            <translation>渐进式 JPEG</translation>
        </message>
        <message>
            <source>{file} is {width} × {height} pixels ({megapixels} megapixels), more than the {limit} megapixels a photo may have.</source>
            <translation>{file} 为 {width} × {height} 像素（{megapixels} 百万像素），超过照片允许的 {limit} 百万像素。</translation>
        </message>
        <message>
            <source>{file} is {width} × {height} pixels ({megapixels} megapixels); a {format} photo is decoded at full size, so at most {limit} megapixels are allowed.</source>
            <translation>{file} 为 {width} × {height} 像素（{megapixels} 百万像素）；{format} 照片需按原尺寸解码，因此最多允许 {limit} 百万像素。</translation>
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
            <source>The stored photo {sha256} cannot be read ({reason}); run 'greendesk check'.</source>
            <translation>无法读取已存储的照片 {sha256}（{reason}）；请运行“greendesk check”。</translation>
        </message>
        <message>
            <source>The stored photo {sha256} was altered on disk (its content has another hash); run 'greendesk check'.</source>
            <translation>已存储的照片 {sha256} 在磁盘上被改动（其内容的哈希值已不同）；请运行“greendesk check”。</translation>
        </message>
        <message>
            <source>Cannot read the work summary {file}: {reason}</source>
            <translation>无法读取工作总结 {file}：{reason}</translation>
        </message>
        <message>
            <source>{file}: reports are written as .xlsx or .pdf.</source>
            <translation>{file}：报告只能保存为 .xlsx 或 .pdf 文件。</translation>
        </message>
        <message>
            <source>'{text}' is not a quarter like 2022Q3.</source>
            <translation>“{text}”不是有效的季度，格式如 2022Q3。</translation>
        </message>
        <message>
            <source>'{text}' is not a year like 2022.</source>
            <translation>“{text}”不是有效的年份，格式如 2022。</translation>
        </message>
        <message>
            <source>Unknown report kind '{kind}'.</source>
            <translation>未知的报告类型“{kind}”。</translation>
        </message>
        <message>
            <source>There is no report snapshot {id}.</source>
            <translation>不存在编号为 {id} 的报告快照。</translation>
        </message>
        <message>
            <source>Report snapshot {id} ({period}) was submitted on {date} and cannot be changed; take a new snapshot instead.</source>
            <translation>报告快照 {id}（{period}）已于 {date} 报送，不能再修改；如需更新请重新生成快照。</translation>
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
            <source>The audit log does not match the workspace's data, so nothing was exported; run 'greendesk check' to see what differs and the backup to return to.</source>
            <translation>审计日志与工作区数据不符，未导出任何内容；请运行“greendesk check”查看差异及可恢复的备份。</translation>
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
        <message>
            <source>'{text}' is not a key fingerprint: give the 64 hex digits of the SHA-256 fingerprint (spaces or colons between them are fine).</source>
            <translation>“{text}”不是密钥指纹：请填写 SHA-256 指纹的 64 位十六进制数字（中间可有空格或冒号）。</translation>
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
            <source>Sign in first: this action needs a signed-in account.</source>
            <translation>请先登录：此操作需要已登录的账户。</translation>
        </message>
        <message>
            <source>No account named '{user}'.</source>
            <translation>没有名为“{user}”的账号。</translation>
        </message>
        <message>
            <source>This workspace already has an administrator; sign in as one to manage accounts.</source>
            <translation>此工作区已有管理员；请以管理员身份登录后管理账户。</translation>
        </message>
        <message>
            <source>This would leave the workspace without an active administrator.</source>
            <translation>此操作将使工作区没有可用的管理员。</translation>
        </message>
        <message>
            <source>'{user}' is not a valid account name (no spaces or commas).</source>
            <translation>“{user}”不是有效的账号名（不能包含空格或逗号）。</translation>
        </message>
        <message>
            <source>The account '{user}' is disabled; sign in with another account.</source>
            <translation>账户“{user}”已停用；请使用其他账户登录。</translation>
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
        <message>
            <source>A backup's reason is a short label of lowercase letters, digits and hyphens (at most 40, like before-import): {reason}</source>
            <translation>备份原因须为由小写字母、数字和连字符组成的简短标签（最多 40 个字符，如 before-import）：{reason}</translation>
        </message>
        <message>
            <source>There is no database to back up in {file}.</source>
            <translation>{file} 中没有可备份的数据库。</translation>
        </message>
        <message>
            <source>Another backup into {folder} has been running for more than {minutes} minutes. Nothing was backed up; try again when it has finished.</source>
            <translation>另一个备份写入 {folder} 已超过 {minutes} 分钟。本次没有备份；请等它完成后再试。</translation>
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
            <source>The database {file} is still in use by another program; close it and try again.</source>
            <translation>数据库 {file} 仍被其他程序占用；请关闭该程序后重试。</translation>
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
        <message>
            <source>{free} is free there.</source>
            <translation>那里还剩 {free}。</translation>
        </message>
        <message>
            <source>{free} is free there; about {needed} is needed.</source>
            <translation>那里还剩 {free}，大约需要 {needed}。</translation>
        </message>
        <message>
            <source>The database {file} holds damaged text in table {table}, row {row}, column {column} (its bytes are not valid UTF-8). Nothing was changed. Run 'greendesk check' to list all damage, then restore a backup.</source>
            <translation>数据库 {file} 的表 {table}、行 {row}、列 {column} 中有损坏的文字（其字节不是有效的 UTF-8）。未做任何更改。请运行“greendesk check”列出全部损坏，然后恢复备份。</translation>
        </message>
        <message>
            <source>The database {file} holds damaged text in column {column} (its bytes are not valid UTF-8). Nothing was changed. Run 'greendesk check' to list all damage, then restore a backup.</source>
            <translation>数据库 {file} 的 {column} 列中有损坏的文字（其字节不是有效的 UTF-8）。未做任何更改。请运行“greendesk check”列出全部损坏，然后恢复备份。</translation>
        </message>
        <message>
            <source>A text to be saved holds a character no record can keep ({character} in "{text}"): often a file name or text in another encoding, or pasted from another program. Nothing was saved; remove the character and try again.</source>
            <translation>要保存的文字中含有无法存储的字符（“{text}”中的 {character}）：常见于其他编码的文件名或文字，或从其他程序粘贴而来。未保存任何内容；请删除该字符后重试。</translation>
        </message>
        <message>
            <source>'{text}' is not #ROW=CODE.</source>
            <translation>“{text}”不是 #行号=代码 的格式。</translation>
        </message>
        <message>
            <source>Nothing would be imported from {source} ({errors} error(s)); the problems are listed above.</source>
            <translation>{source} 中没有可导入的内容（{errors} 个错误）；问题已在上方列出。</translation>
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
            <source>an archive inside an archive inside the package (more than {limit} levels); not read. Unpack it and send its files in the package.</source>
            <translation>材料包中压缩包套压缩包（超过 {limit} 层）；未读取。请解压后将其中文件放入材料包发送。</translation>
        </message>
        <message>
            <source>the package holds '{entry}' twice (a folder and an archive of it); this copy was ignored.</source>
            <translation>材料包中“{entry}”出现两次（一个文件夹和它的压缩包）；此份已忽略。</translation>
        </message>
        <message>
            <source>{file} is a RAR archive, which GreenDesk cannot read; extract it with 7-Zip or WinRAR and compress it again as a zip.</source>
            <translation>{file} 是 RAR 压缩包，GreenDesk 无法读取；请用 7-Zip 或 WinRAR 解压后重新压缩为 zip。</translation>
        </message>
        <message>
            <source>a RAR archive, which GreenDesk cannot read; not read. Extract it with 7-Zip or WinRAR and compress it again as a zip.</source>
            <translation>这是 RAR 压缩包，GreenDesk 无法读取，未读取。请用 7-Zip 或 WinRAR 解压后重新压缩为 zip。</translation>
        </message>
        <message>
            <source>{file} is a damaged 7z file and cannot be opened.</source>
            <translation>{file} 是损坏的 7z 文件，无法打开。</translation>
        </message>
        <message>
            <source>{file} is a damaged zip file and cannot be opened.</source>
            <translation>{file} 是损坏的 zip 文件，无法打开。</translation>
        </message>
        <message>
            <source>{file} is password-protected; send the package without a password.</source>
            <translation>{file} 设有密码；请发送不带密码的材料包。</translation>
        </message>
        <message>
            <source>{file} holds {count} entries, more than the {limit} allowed.</source>
            <translation>{file} 包含 {count} 个条目，超过允许的 {limit} 个。</translation>
        </message>
        <message>
            <source>{file} would expand to {size} MB; refused as a possible zip bomb.</source>
            <translation>{file} 解压后将达 {size} MB；疑似压缩炸弹，已拒绝。</translation>
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
            <source>photo '{photo}' listed for item {item} is not in the package.</source>
            <translation>第 {item} 条列出的照片“{photo}”不在材料包中。</translation>
        </message>
        <message>
            <source>named as an archive but not a zip or 7z archive GreenDesk can read; ignored.</source>
            <translation>名为压缩包，但不是本软件能读取的 zip 或 7z 压缩包；已忽略。</translation>
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
            <source>The trust store {file} cannot be read: {reason}</source>
            <translation>无法读取受信任密钥库 {file}：{reason}</translation>
        </message>
        <message>
            <source>Cannot write the trust store {file}: {reason}</source>
            <translation>无法写入受信任密钥库 {file}：{reason}</translation>
        </message>
        <message>
            <source>District {code} is {name}, not {given}.</source>
            <translation>区划代码 {code} 是{name}，不是{given}。</translation>
        </message>
        <message>
            <source>The key {fingerprint} is already trusted for district {code}: remove it first.</source>
            <translation>密钥 {fingerprint} 已登记为区划 {code} 的受信任密钥：请先将其移除。</translation>
        </message>
        <message>
            <source>The key {fingerprint} is not in the trust store.</source>
            <translation>密钥 {fingerprint} 不在受信任密钥库中。</translation>
        </message>
        <message>
            <source>No signing key is registered as trusted yet: add the district's key first (greendesk keys trust FINGERPRINT --district CODE).</source>
            <translation>尚未登记任何受信任的签名密钥：请先添加该区的密钥（greendesk keys trust 指纹 --district 区划代码）。</translation>
        </message>
        <message>
            <source>Give the new password with --password-stdin or type it in a terminal.</source>
            <translation>请用 --password-stdin 提供新密码，或在终端中输入。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>Name the administrator account to create: --admin NAME.</source>
            <translation>请指明要创建的管理员账户：--admin 账户名。</translation>
        </message>
        <message>
            <source>Name the backup to restore (an ID from 'greendesk backups').</source>
            <translation>请指定要恢复的备份（'greendesk backups' 列出的编号）。</translation>
        </message>
        <message>
            <source>{folder} has a database; a set-aside file can only be taken back after the start check set the damaged database aside.</source>
            <translation>{folder} 中已有数据库；只有在启动检查将损坏的数据库移到一旁之后，才能取回移到一旁的文件。</translation>
        </message>
        <message>
            <source>No file {file}.</source>
            <translation>没有文件 {file}。</translation>
        </message>
        <message>
            <source>'check --repair' would remove {count} files; run it in a terminal to be asked, or add --yes.</source>
            <translation>“check --repair”将删除 {count} 个文件；请在终端中运行以便确认，或加上 --yes。</translation>
        </message>
        <message>
            <source>No Chinese TrueType font found for PDF output (looked for {font} and WenQuanYi Micro Hei).</source>
            <translation>未找到可用于生成 PDF 的中文 TrueType 字体（已查找 {font} 和文泉驿微米黑）。</translation>
        </message>
        <message>
            <source>{file} holds a number with {digits} digits; at most {limit} digits are allowed.</source>
            <translation>{file} 中有一个 {digits} 位的数字；最多允许 {limit} 位。</translation>
        </message>
        <message>
            <source>{file} holds the value {value}; only finite numbers are allowed.</source>
            <translation>{file} 中有值 {value}；只允许有限的数字。</translation>
        </message>
        <message>
            <source>{file} is not UTF-8 text.</source>
            <translation>{file} 不是 UTF-8 文本。</translation>
        </message>
        <message>
            <source>{file} nests brackets more than {limit} levels deep; refused.</source>
            <translation>{file} 的括号嵌套超过 {limit} 层，已拒绝。</translation>
        </message>
        <message>
            <source>{file} is not valid JSON (line {line}, column {column}): {reason}</source>
            <translation>{file} 不是有效的 JSON（第 {line} 行，第 {column} 列）：{reason}</translation>
        </message>
        <message>
            <source>{file}: the text at {field} holds a control character or a lone surrogate, which no record or document can hold ({text}).</source>
            <translation>{file}：{field} 处的文本含有控制字符或孤立代理字符，任何记录或文书都无法保存（{text}）。</translation>
        </message>
        <message>
            <source>{file} is larger than {limit}; refused unread.</source>
            <translation>{file} 大于 {limit}，未读取即拒绝。</translation>
        </message>
        <message>
            <source>{value} is not a telephone number (digits, spaces and - only).</source>
            <translation>{value} 不是电话号码（只能包含数字、空格和 -）。</translation>
        </message>
        <message>
            <source>The document-number prefix {value} holds only the organ code, e.g. 朝住建发.</source>
            <translation>发文字号前缀 {value} 只应包含机关代字，例如“朝住建发”。</translation>
        </message>
        <message>
            <source>The campaign year {year} is not between {first} and {last}.</source>
            <translation>活动年度 {year} 不在 {first} 到 {last} 之间。</translation>
        </message>
        <message>
            <source>{file} has no page {page}.</source>
            <translation>{file} 没有第 {page} 页。</translation>
        </message>
        <message>
            <source>{file} is a damaged Word document ({reason}).</source>
            <translation>{file} 是损坏的 Word 文档（{reason}）。</translation>
        </message>
        <message>
            <source>{file} is larger than {limit} MB; no text preview is made.</source>
            <translation>{file} 大于 {limit} MB，不生成文本预览。</translation>
        </message>
        <message>
            <source>{file} is password-protected; its text cannot be shown.</source>
            <translation>{file} 设有密码保护，无法显示其文字。</translation>
        </message>
        <message>
            <source>{file} is not a Word 97-2003 document GreenDesk can read; open it with its program.</source>
            <translation>{file} 不是 GreenDesk 能读取的 Word 97-2003 文档，请用相应程序打开。</translation>
        </message>
        <message>
            <source>'{text}' is not PATH=CODE:ITEM (e.g. 照片/a.jpg=110105001001:3).</source>
            <translation>“{text}”不是“路径=社区代码:条目”格式（例如 照片/a.jpg=110105001001:3）。</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>无法读取 {file}：{reason}</translation>
        </message>
        <message>
            <source>{file} row {row}: expected path, community code, item number.</source>
            <translation>{file} 第 {row} 行：应为 路径、社区代码、条目编号。</translation>
        </message>
        <message>
            <source>{file} is not a readable file of {source}.</source>
            <translation>{file} 不是 {source} 中可读取的文件。</translation>
        </message>
        <message>
            <source>{file}: community {code} is neither in the package nor an open recommendation of {year}.</source>
            <translation>{file}：社区 {code} 既不在本材料包中，也不是{year}年未签发的推荐记录。</translation>
        </message>
        <message>
            <source>{file}: the standard has no item {item}.</source>
            <translation>{file}：创建标准中没有第 {item} 条。</translation>
        </message>
        <message>
            <source>holds no recommendation workbook and no evidence file; nothing can be imported.</source>
            <translation>既没有推荐名单工作簿，也没有佐证材料文件；无法导入。</translation>
        </message>
        <message>
            <source>{community} ({code}) is signed off for {year}; its {count} file(s) were skipped: {files}.</source>
            <translation>{community}（{code}）{year}年已签发；其 {count} 个文件已跳过：{files}。</translation>
        </message>
        <message>
            <source>{community} ({code}) has no recommendation for {year}; its {count} file(s) were not attached: {files}.</source>
            <translation>{community}（{code}）{year}年没有推荐记录；其 {count} 个文件未挂接：{files}。</translation>
        </message>
        <message>
            <source>The workbook is for {found}, but this import is for {year}: check the year before importing.</source>
            <translation>工作簿标明为{found}，但本次导入的年度是 {year}：请在导入前核对年度。</translation>
        </message>
        <message>
            <source>Item {item}: '{outcome}' needs a comment that tells the street what to fix.</source>
            <translation>第 {item} 条：“{outcome}”需要填写意见，告诉街道需整改什么。</translation>
        </message>
        <message>
            <source>{code}: a note may hold at most {limit} characters ({count} given).</source>
            <translation>{code}：备注最多 {limit} 个字符（当前 {count} 个）。</translation>
        </message>
        <message>
            <source>{code}: there is no decision of round {round} to undo.</source>
            <translation>{code}：第 {round} 轮没有可撤销的审核结论。</translation>
        </message>
        <message>
            <source>{code}: item {item} has no decision of round {round} to clear.</source>
            <translation>{code}：第 {item} 条在第 {round} 轮没有可清除的审核结论。</translation>
        </message>
        <message>
            <source>{file} is {size} MB; a {kind} file may be at most {limit} MB and it was refused.</source>
            <translation>{file} 大小为 {size} MB；{kind} 类文件最大 {limit} MB，已拒收。</translation>
        </message>
        <message>
            <source>{file} is a password-protected PDF; send it without a password.</source>
            <translation>{file} 是设有密码的 PDF，请发送无密码的文件。</translation>
        </message>
        <message>
            <source>{file} is a damaged PDF and cannot be opened ({reason}).</source>
            <translation>{file} 是损坏的 PDF，无法打开（{reason}）。</translation>
        </message>
        <message>
            <source>{file} is a PDF without pages.</source>
            <translation>{file} 是没有页面的 PDF。</translation>
        </message>
        <message>
            <source>A standard with id '{standard}' exists already; choose another id.</source>
            <translation>编号为“{standard}”的标准已存在，请换一个编号。</translation>
        </message>
        <message>
            <source>{file} exists already; give another file name.</source>
            <translation>{file} 已存在，请换一个文件名。</translation>
        </message>
        <message>
            <source>Item {item}: {problem}</source>
            <translation>第 {item} 条：{problem}</translation>
        </message>
        <message>
            <source>Item {item}, rule {rule}: {problem}</source>
            <translation>第 {item} 条，规则 {rule}：{problem}</translation>
        </message>
        <message>
            <source>the finding must be yes or no</source>
            <translation>结论只能是“是”或“否”</translation>
        </message>
        <message>
            <source>the count must be a whole number from 0 to {limit}</source>
            <translation>数量必须是 0 至 {limit} 之间的整数</translation>
        </message>
        <message>
            <source>the deduction must be 0 or between {low} and {high}</source>
            <translation>扣分必须为 0 或在 {low} 至 {high} 之间</translation>
        </message>
        <message>
            <source>missing sub-points must be numbers from 1 to {count}</source>
            <translation>缺少的分项必须用 1 至 {count} 的序号表示</translation>
        </message>
        <message>
            <source>only a gating item can be vetoed</source>
            <translation>只有否决项才能一票否决</translation>
        </message>
        <message>
            <source>Item {item} has no scoring rule '{rule}'.</source>
            <translation>第 {item} 条没有评分规则“{rule}”。</translation>
        </message>
        <message>
            <source>say whether the item is met</source>
            <translation>请注明本条是否符合</translation>
        </message>
        <message>
            <source>no finding was given</source>
            <translation>尚未填写核查结论</translation>
        </message>
        <message>
            <source>No expert has scored this item yet.</source>
            <translation>尚无专家为本条评分。</translation>
        </message>
        <message>
            <source>is only allowed in a scored standard</source>
            <translation>只能用于评分制标准</translation>
        </message>
        <message>
            <source>is missing (an item with scoring rules needs its points)</source>
            <translation>缺失（有评分规则的条目必须给出分值）</translation>
        </message>
        <message>
            <source>has duplicate rule ids</source>
            <translation>有重复的规则编号</translation>
        </message>
        <message>
            <source>has award parts adding up to {total}, more than the item's {points} points</source>
            <translation>的得分项合计 {total} 分，超过本条的 {points} 分</translation>
        </message>
        <message>
            <source>must be 1-40 letters, digits, '.', '_' or '-'</source>
            <translation>只能由 1-40 个字母、数字、“.”、“_”或“-”组成</translation>
        </message>
        <message>
            <source>is not a field of a '{kind}' rule (it takes {fields})</source>
            <translation>不是“{kind}”规则的字段（该规则的字段为 {fields}）</translation>
        </message>
        <message>
            <source>must be more than 0</source>
            <translation>必须大于 0</translation>
        </message>
        <message>
            <source>must be at least points_each</source>
            <translation>不得小于 points_each</translation>
        </message>
        <message>
            <source>must list at least one sub-point</source>
            <translation>至少要列出一个分项</translation>
        </message>
        <message>
            <source>lists a sub-point twice</source>
            <translation>重复列出了同一分项</translation>
        </message>
        <message>
            <source>names a method twice</source>
            <translation>重复列出了同一核查方式</translation>
        </message>
        <message>
            <source>must list at least one year</source>
            <translation>至少要列出一个年度</translation>
        </message>
        <message>
            <source>lists a year twice</source>
            <translation>重复列出了同一年度</translation>
        </message>
        <message>
            <source>Panel {panel} has no expert assigned to community {code}.</source>
            <translation>专家组 {panel} 没有专家被分配评审社区 {code}。</translation>
        </message>
        <message>
            <source>--all-unflagged confirms at the experts' mean: give no --score or --reason.</source>
            <translation>--all-unflagged 按专家平均分确认：不要同时给出 --score 或 --reason。</translation>
        </message>
        <message>
            <source>The scores file {file} cannot be read as JSON: {reason}</source>
            <translation>评分文件 {file} 不是可读取的 JSON：{reason}</translation>
        </message>
        <message>
            <source>The scores must map each community code to its items, each with findings and a comment.</source>
            <translation>评分内容须按社区代码列出各条目，每条含评分依据和意见。</translation>
        </message>
        <message>
            <source>Give a visit code, or --year and --day for a day's route.</source>
            <translation>请给出核验编号，或用 --year 和 --day 指定一天的路线。</translation>
        </message>
        <message>
            <source>--photo {value}: write it as ITEM=PATH, e.g. 3=IMG_0012.jpg.</source>
            <translation>--photo {value}：请写成“条目=路径”，例如 3=IMG_0012.jpg。</translation>
        </message>
        <message>
            <source>'{user}' needs the administrator or approver role for this action.</source>
            <translation>“{user}”需要管理员或审批人角色才能执行此操作。</translation>
        </message>
        <message>
            <source>Name at least one item, or none for every item.</source>
            <translation>请至少指定一个条目；不指定则为全部条目。</translation>
        </message>
        <message>
            <source>Name at least one community.</source>
            <translation>请至少指定一个社区。</translation>
        </message>
        <message>
            <source>Expert {key} is not active on panel {panel}.</source>
            <translation>专家 {key} 在专家组 {panel} 中已停用。</translation>
        </message>
        <message>
            <source>'{user}' is expert {key} on panel {panel} and cannot confirm its scores (复核).</source>
            <translation>“{user}”是专家组 {panel} 的专家 {key}，不能复核该组的评分。</translation>
        </message>
        <message>
            <source>Item {item} is not in the panel's standard.</source>
            <translation>专家组所用标准中没有第 {item} 条。</translation>
        </message>
        <message>
            <source>Item {item} of community {code}: {experts} have not scored it yet.</source>
            <translation>社区 {code} 第 {item} 条：{experts} 尚未评分。</translation>
        </message>
        <message>
            <source>Item {item} of community {code}: the score must be from 0 to {points}.</source>
            <translation>社区 {code} 第 {item} 条：得分须在 0 至 {points} 之间。</translation>
        </message>
        <message>
            <source>Item {item} of community {code}: the experts disagree (spread {spread}); write the reason for the confirmed score.</source>
            <translation>社区 {code} 第 {item} 条：专家意见分歧（极差 {spread}），请填写确认得分的理由。</translation>
        </message>
        <message>
            <source>Item {item} of community {code}: {score} differs from the experts' mean {mean}; write the reason (dissent).</source>
            <translation>社区 {code} 第 {item} 条：{score} 与专家平均分 {mean} 不同，请填写理由（不同意见）。</translation>
        </message>
        <message>
            <source>The reason is longer than {limit} characters.</source>
            <translation>理由超过 {limit} 个字符。</translation>
        </message>
        <message>
            <source>'{user}' is not an active expert on panel {panel}.</source>
            <translation>“{user}”不是专家组 {panel} 的在任专家。</translation>
        </message>
        <message>
            <source>Item {item} of community {code}: {problem}.</source>
            <translation>社区 {code} 第 {item} 项：{problem}。</translation>
        </message>
        <message>
            <source>Expert {key} is not assigned item {item} of community {code}.</source>
            <translation>专家 {key} 未被分配评审社区 {code} 的第 {item} 条。</translation>
        </message>
        <message>
            <source>Item {item} of community {code} is already confirmed by the reviewer (复核人).</source>
            <translation>社区 {code} 第 {item} 条已由复核人确认。</translation>
        </message>
        <message>
            <source>Findings for item {item}: {problem}</source>
            <translation>第 {item} 条的评审发现：{problem}</translation>
        </message>
        <message>
            <source>rule '{rule}' needs yes/no, a number or a list of sub-point numbers</source>
            <translation>规则“{rule}”需要是/否、一个数字或缺项序号列表</translation>
        </message>
        <message>
            <source>'{key}' must be true or false</source>
            <translation>“{key}”须为 true 或 false</translation>
        </message>
        <message>
            <source>the text is longer than {limit} characters</source>
            <translation>文本超过 {limit} 个字符</translation>
        </message>
        <message>
            <source>not JSON ({reason})</source>
            <translation>不是有效的 JSON（{reason}）</translation>
        </message>
        <message>
            <source>a JSON object is needed</source>
            <translation>须为一个 JSON 对象</translation>
        </message>
        <message>
            <source>unknown key '{key}' (the keys are rules, met, vetoed, measured)</source>
            <translation>未知键“{key}”（可用的键为 rules、met、vetoed、measured）</translation>
        </message>
        <message>
            <source>'rules' must map rule ids to findings</source>
            <translation>“rules”须为规则编号到评审发现的映射</translation>
        </message>
        <message>
            <source>'measured' must be a number</source>
            <translation>“measured”须为数字</translation>
        </message>
        <message>
            <source>Panel {panel}: its standard ({sha}) is not in this workspace.</source>
            <translation>专家组 {panel}：其评分标准（{sha}）不在本工作区中。</translation>
        </message>
        <message>
            <source>Expert {expert} has no communities assigned: nothing to put in a kit.</source>
            <translation>专家 {expert} 尚未分配社区：评分包无内容可打包。</translation>
        </message>
        <message>
            <source>The stored evidence file {file} does not match its hash: run the full check.</source>
            <translation>已存储的佐证文件 {file} 与其哈希值不符：请运行全面检查。</translation>
        </message>
        <message>
            <source>A part size of {size} MB would make more than {limit} parts.</source>
            <translation>按每卷 {size} MB 分卷将超过 {limit} 卷。</translation>
        </message>
        <message>
            <source>The part size must be at least 1 MB.</source>
            <translation>分卷大小至少为 1 MB。</translation>
        </message>
        <message>
            <source>Expert {expert} is deactivated: no kit can be exported.</source>
            <translation>专家 {expert} 已停用：不能导出评分包。</translation>
        </message>
        <message>
            <source>{file} is not a GreenDesk scoring kit: {reason}</source>
            <translation>{file} 不是 GreenDesk 评分包：{reason}</translation>
        </message>
        <message>
            <source>{file} is not a returned scoring kit (评分回执): {reason}</source>
            <translation>{file} 不是评分回执：{reason}</translation>
        </message>
        <message>
            <source>The returned kit {file} does not exist.</source>
            <translation>评分回执 {file} 不存在。</translation>
        </message>
        <message>
            <source>it is too large</source>
            <translation>文件过大</translation>
        </message>
        <message>
            <source>it is not a zip file holding return.json and return.hmac</source>
            <translation>它不是包含 return.json 和 return.hmac 的 zip 文件</translation>
        </message>
        <message>
            <source>return.json is not {format}</source>
            <translation>return.json 不是 {format} 格式</translation>
        </message>
        <message>
            <source>The returned kit {file} belongs to another workspace: it is not imported.</source>
            <translation>评分回执 {file} 属于其他工作区：未导入。</translation>
        </message>
        <message>
            <source>The returned kit {file} is for another panel ({panel}): it is not imported.</source>
            <translation>评分回执 {file} 属于其他评审组（{panel}）：未导入。</translation>
        </message>
        <message>
            <source>The returned kit {file} names expert {expert}, who is not an active expert with a kit on panel {panel}: it is not imported.</source>
            <translation>评分回执 {file} 署名专家 {expert}，但其不是评审组 {panel} 中已导出评分包的在册专家：未导入。</translation>
        </message>
        <message>
            <source>The returned kit {file} comes from a kit that a later export for expert {expert} superseded: ask the expert to score with the newest kit.</source>
            <translation>评分回执 {file} 来自已被专家 {expert} 的新评分包取代的旧评分包：请专家使用最新的评分包评分。</translation>
        </message>
        <message>
            <source>The returned kit {file} was altered or not made with this expert's kit (its HMAC does not match): it is not imported.</source>
            <translation>评分回执 {file} 已被改动，或不是用该专家的评分包生成的（HMAC 不符）：未导入。</translation>
        </message>
        <message>
            <source>it lists no communities</source>
            <translation>其中没有列出社区</translation>
        </message>
        <message>
            <source>The returned kit {file} scores community {community}, which is not assigned to this expert.</source>
            <translation>评分回执 {file} 对社区 {community} 评了分，但该社区未分配给这位专家。</translation>
        </message>
        <message>
            <source>The returned kit {file} scores item {item} of {community}, which is not assigned to this expert.</source>
            <translation>评分回执 {file} 对 {community} 的第{item}条评了分，但该条目未分配给这位专家。</translation>
        </message>
        <message>
            <source>The returned kit {file}, community {community}: {problem}</source>
            <translation>评分回执 {file}，社区 {community}：{problem}</translation>
        </message>
        <message>
            <source>The returned kit {file}, community {community}, item {item}: the score {score} is not what the findings give ({expected}).</source>
            <translation>评分回执 {file}，社区 {community} 第{item}条：得分 {score} 与评分依据计算结果（{expected}）不符。</translation>
        </message>
        <message>
            <source>The returned kit {file}, community {community}, item {item}: {problem}.</source>
            <translation>评分回执 {file}，社区 {community} 第 {item} 项：{problem}。</translation>
        </message>
        <message>
            <source>'{user}' needs the administrator or approver role to import a returned kit.</source>
            <translation>“{user}”需要管理员或审批人角色才能导入评分回执。</translation>
        </message>
        <message>
            <source>{file} is not part 001 of a split kit: open the part ending in .001.</source>
            <translation>{file} 不是分卷评分包的第 001 卷：请打开以 .001 结尾的分卷。</translation>
        </message>
        <message>
            <source>Part {part} of the kit is missing: copy it beside {file}.</source>
            <translation>评分包缺少分卷 {part}：请将其复制到 {file} 旁边。</translation>
        </message>
        <message>
            <source>Part {part} of the kit is damaged (its SHA-256 differs from {checksum}).</source>
            <translation>评分包分卷 {part} 已损坏（其 SHA-256 与 {checksum} 中的不符）。</translation>
        </message>
        <message>
            <source>{member} is missing</source>
            <translation>缺少 {member}</translation>
        </message>
        <message>
            <source>the signature is unreadable</source>
            <translation>签名无法读取</translation>
        </message>
        <message>
            <source>The kit {file} was altered: its signature does not match its contents.</source>
            <translation>评分包 {file} 已被改动：签名与内容不符。</translation>
        </message>
        <message>
            <source>the member listing is unreadable</source>
            <translation>文件清单无法读取</translation>
        </message>
        <message>
            <source>The kit {file} holds {member}, which its signed listing does not name.</source>
            <translation>评分包 {file} 含有签名清单之外的 {member}。</translation>
        </message>
        <message>
            <source>it holds an unexpected member {member}</source>
            <translation>其中含有不应出现的 {member}</translation>
        </message>
        <message>
            <source>The kit {file} holds a program ({member}): it is not opened.</source>
            <translation>评分包 {file} 含有程序文件（{member}）：不予打开。</translation>
        </message>
        <message>
            <source>The kit {file} was altered: {member} differs from its signed checksum.</source>
            <translation>评分包 {file} 已被改动：{member} 与签名的校验值不符。</translation>
        </message>
        <message>
            <source>the manifest is too large</source>
            <translation>清单文件过大</translation>
        </message>
        <message>
            <source>the manifest is not {format}</source>
            <translation>清单文件不是 {format} 格式</translation>
        </message>
        <message>
            <source>The kit {file} does not exist.</source>
            <translation>评分包 {file} 不存在。</translation>
        </message>
        <message>
            <source>This 评分码 does not open the kit {file}: check the code the office gave you (12 characters; the kit must come from that office).</source>
            <translation>此评分码打不开评分包 {file}：请核对办公室告知的评分码（12 位；评分包须来自该办公室）。</translation>
        </message>
        <message>
            <source>it is not a complete zip file</source>
            <translation>它不是完整的 zip 文件</translation>
        </message>
        <message>
            <source>Item {item} of community {community} is not assigned in this kit.</source>
            <translation>本评分包未分配社区 {community} 的第{item}条。</translation>
        </message>
        <message>
            <source>Nothing is scored yet: there is nothing to return.</source>
            <translation>尚未评分：没有可回传的内容。</translation>
        </message>
        <message>
            <source>Panel {panel} has no community {code} to print.</source>
            <translation>评审组 {panel} 没有可打印的社区 {code}。</translation>
        </message>
        <message>
            <source>{file}: the score summary is written as .xlsx.</source>
            <translation>{file}：考核评分情况一览表只能保存为 .xlsx 文件。</translation>
        </message>
        <message>
            <source>The panel has no expert {key}.</source>
            <translation>专家组中没有专家 {key}。</translation>
        </message>
        <message>
            <source>Several panels are named '{panel}': give the panel's number.</source>
            <translation>有多个专家组名为“{panel}”，请给出专家组编号。</translation>
        </message>
        <message>
            <source>Panel {panel} is not in this workspace.</source>
            <translation>本工作区没有评审组 {panel}。</translation>
        </message>
        <message>
            <source>Panel {panel} has no expert {key}.</source>
            <translation>专家组 {panel} 中没有专家 {key}。</translation>
        </message>
        <message>
            <source>Community {code} has no recommendation in {year}, batch {batch}, that panel {panel} scores.</source>
            <translation>社区 {code} 没有 {year} 年第 {batch} 批的推荐，专家组 {panel} 无法评审。</translation>
        </message>
        <message>
            <source>The {field} must not be empty.</source>
            <translation>{field}不能为空。</translation>
        </message>
        <message>
            <source>The {field} is longer than {limit} characters.</source>
            <translation>{field}超过 {limit} 个字符。</translation>
        </message>
        <message>
            <source>The disagreement threshold must be a number of points from 0 to 100.</source>
            <translation>分歧阈值须为 0 至 100 之间的分数。</translation>
        </message>
        <message>
            <source>Year {year}, batch {batch} is not a campaign year and batch.</source>
            <translation>{year} 年第 {batch} 批不是有效的创建年度和批次。</translation>
        </message>
        <message>
            <source>Standard {standard} gives no points: a panel needs a scored standard.</source>
            <translation>标准 {standard} 不计分：专家组须使用评分标准。</translation>
        </message>
        <message>
            <source>Standard {standard} is not written for {year}.</source>
            <translation>标准 {standard} 不适用于 {year} 年。</translation>
        </message>
        <message>
            <source>A panel named '{panel}' already exists for {year}.</source>
            <translation>{year} 年已有名为“{panel}”的专家组。</translation>
        </message>
        <message>
            <source>No active account named '{user}'.</source>
            <translation>没有名为“{user}”的有效账号。</translation>
        </message>
        <message>
            <source>'{user}' does not hold the expert role: give it first (user add/roles).</source>
            <translation>“{user}”没有专家角色：请先授予该角色。</translation>
        </message>
        <message>
            <source>'{user}' is already on panel {panel} as {key}.</source>
            <translation>“{user}”已是专家组 {panel} 的专家 {key}。</translation>
        </message>
        <message>
            <source>{file}: a scoring sheet is written as .xlsx.</source>
            <translation>{file}：专家评分表只能保存为 .xlsx 文件。</translation>
        </message>
        <message>
            <source>Expert {expert} of panel {panel} has no community assigned: no sheet to export.</source>
            <translation>评审组 {panel} 的专家 {expert} 未分配任何社区，没有可导出的评分表。</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>另有 {count} 处</translation>
        </message>
        <message>
            <source>{file} is not a GreenDesk scoring sheet (its hidden identity is missing or unreadable); export the expert's sheet from GreenDesk and fill that in.</source>
            <translation>{file} 不是 GreenDesk 专家评分表（缺少或无法读取隐藏的身份信息）；请从 GreenDesk 导出该专家的评分表后填写。</translation>
        </message>
        <message>
            <source>{file} is a scoring sheet of another workspace; import it in the workspace that exported it.</source>
            <translation>{file} 是其他工作区的评分表，请在导出它的工作区中导入。</translation>
        </message>
        <message>
            <source>{file}: the sheet's identity does not match its check code (it was changed, or made for another expert or panel); export a new sheet for the expert.</source>
            <translation>{file}：评分表的身份信息与校验码不符（已被改动，或是为其他专家或评审组制作的）；请为该专家重新导出评分表。</translation>
        </message>
        <message>
            <source>sheet '{sheet}' is missing</source>
            <translation>缺少工作表“{sheet}”</translation>
        </message>
        <message>
            <source>sheet '{sheet}': community {code} is not assigned to {expert}</source>
            <translation>工作表“{sheet}”：社区 {code} 未分配给 {expert}</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}: item {item} is not assigned to {expert}</source>
            <translation>工作表“{sheet}”第 {row} 行：第 {item} 条未分配给 {expert}</translation>
        </message>
        <message>
            <source>{file} was not imported: {problems}.</source>
            <translation>{file} 未导入：{problems}。</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}: item {item} is no longer there</source>
            <translation>工作表“{sheet}”第 {row} 行：第 {item} 条已不在原处</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}, item {item}: '{value}' is not a score (a number from 0 to {points})</source>
            <translation>工作表“{sheet}”第 {row} 行第 {item} 条：“{value}”不是评分（应为 0 至 {points} 之间的数字）</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}, item {item}: {value} is outside 0 to {points}</source>
            <translation>工作表“{sheet}”第 {row} 行第 {item} 条：{value} 超出 0 至 {points} 的范围</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}, item {item}: {problem}</source>
            <translation>工作表“{sheet}”第 {row} 行第 {item} 项：{problem}</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}, item {item}: a comment or veto without a score</source>
            <translation>工作表“{sheet}”第 {row} 行第 {item} 条：填写了意见或一票否决但没有评分</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}, item {item}: veto '{value}' is not 是 or 否</source>
            <translation>工作表“{sheet}”第 {row} 行第 {item} 条：一票否决栏“{value}”不是“是”或“否”</translation>
        </message>
        <message>
            <source>Visit {visit}, {where}: {field} must be a number, not '{value}'.</source>
            <translation>现场核验 {visit}，{where}：{field} 应为数字，而不是“{value}”。</translation>
        </message>
        <message>
            <source>Visit {visit}, {where}: {field} must be a whole number of 0 or more.</source>
            <translation>现场核验 {visit}，{where}：{field} 应为不小于 0 的整数。</translation>
        </message>
        <message>
            <source>Visit {visit}, {where}: unknown field '{field}' ({expected}).</source>
            <translation>现场核验 {visit}，{where}：未知字段“{field}”（可用：{expected}）。</translation>
        </message>
        <message>
            <source>Visit {visit}, questionnaire: {returned} returned is more than the {handed_out} handed out.</source>
            <translation>现场核验 {visit}，问卷：回收 {returned} 份，多于发放的 {handed_out} 份。</translation>
        </message>
        <message>
            <source>Visit {visit}, questionnaire: satisfied, basically satisfied and dissatisfied add up to {answered}, not the {returned} returned.</source>
            <translation>现场核验 {visit}，问卷：满意、基本满意、不满意合计 {answered} 份，与回收的 {returned} 份不符。</translation>
        </message>
        <message>
            <source>Visit {visit}, notes: unknown heading '{heading}' ({expected}).</source>
            <translation>现场核验 {visit}，核验情况：未知栏目“{heading}”（可用：{expected}）。</translation>
        </message>
        <message>
            <source>Visit {visit}, notes: the text under {heading} must be text.</source>
            <translation>现场核验 {visit}，核验情况：“{heading}”栏的内容应为文字。</translation>
        </message>
        <message>
            <source>Visit {visit}, item {item}: the standard {standard} has no such item.</source>
            <translation>现场核验 {visit}，第 {item} 条：标准 {standard} 没有这一条。</translation>
        </message>
        <message>
            <source>Visit {visit}, item {item}: the standard is scored; give a score, not an outcome.</source>
            <translation>现场核验 {visit}，第 {item} 条：该标准为评分制，请填写得分，而不是核验结果。</translation>
        </message>
        <message>
            <source>Visit {visit}, item {item}: score {score} is outside 0 to {points}.</source>
            <translation>现场核验 {visit}，第 {item} 条：得分 {score} 不在 0 至 {points} 之间。</translation>
        </message>
        <message>
            <source>Visit {visit}, item {item}: the standard is pass/fail; give an outcome, not a score.</source>
            <translation>现场核验 {visit}，第 {item} 条：该标准为达标制，请填写核验结果，而不是分数。</translation>
        </message>
        <message>
            <source>Visit {visit}, item {item}: outcome '{outcome}' is not one of {expected}.</source>
            <translation>现场核验 {visit}，第 {item} 条：核验结果“{outcome}”不在 {expected} 之中。</translation>
        </message>
        <message>
            <source>Visit {visit}: the results must be an object with a list 'items'.</source>
            <translation>现场核验 {visit}：结果文件应为一个含“items”列表的对象。</translation>
        </message>
        <message>
            <source>Visit {visit}: every entry of 'items' needs a whole-number 'item'.</source>
            <translation>现场核验 {visit}：“items”中的每一项都需要整数“item”（条目序号）。</translation>
        </message>
        <message>
            <source>Visit {visit}: 'notes' and 'questionnaire' must be objects.</source>
            <translation>现场核验 {visit}：“notes”和“questionnaire”应为对象。</translation>
        </message>
        <message>
            <source>Visit {visit}, item {item}: {file} cannot be read: {reason}</source>
            <translation>现场核验 {visit}，第 {item} 条：无法读取 {file}：{reason}</translation>
        </message>
        <message>
            <source>Visit {visit} is cancelled: it cannot be recorded.</source>
            <translation>现场核验 {visit} 已取消，不能录入结果。</translation>
        </message>
        <message>
            <source>{code} is signed off for {year}; unlock it before attaching the visit's photos.</source>
            <translation>{code} 的 {year} 年审核已签发确认；请先解锁，再附上现场核验照片。</translation>
        </message>
        <message>
            <source>'{text}' is not the QR code of a GreenDesk site-visit form.</source>
            <translation>“{text}”不是 GreenDesk 现场核验记录的二维码。</translation>
        </message>
        <message>
            <source>'{user}' needs one of the roles {roles} for this action.</source>
            <translation>“{user}”需要以下角色之一才能进行此操作：{roles}。</translation>
        </message>
        <message>
            <source>No site visit has the code {visit}.</source>
            <translation>没有核验编号为 {visit} 的现场核验。</translation>
        </message>
        <message>
            <source>Street {street} has no recommended community for {year}.</source>
            <translation>街道 {street} 在 {year} 年没有推荐的社区。</translation>
        </message>
        <message>
            <source>Community {code} is recommended in batch {actual} of {year}, not {batch}.</source>
            <translation>社区 {code} 推荐于 {year} 年第 {actual} 批，不是第 {batch} 批。</translation>
        </message>
        <message>
            <source>There is no panel {panel} for {year}.</source>
            <translation>{year} 年没有评审组 {panel}。</translation>
        </message>
        <message>
            <source>Name the communities or streets to visit.</source>
            <translation>请指定要核验的社区或街道。</translation>
        </message>
        <message>
            <source>Visit {visit} is {status}: only a planned visit can be moved.</source>
            <translation>现场核验 {visit} 的状态为 {status}：只有已计划的核验可以调整。</translation>
        </message>
        <message>
            <source>Visit {visit} is {status}: only a planned visit can be cancelled.</source>
            <translation>现场核验 {visit} 的状态为 {status}：只有已计划的核验可以取消。</translation>
        </message>
        <message>
            <source>No site visit is planned for {day} ({year}).</source>
            <translation>{day}（{year} 年）没有计划的现场核验。</translation>
        </message>
        <message>
            <source>A naming needs its document number (文号), at most {limit} characters.</source>
            <translation>命名须写明文号，最多 {limit} 个字符。</translation>
        </message>
        <message>
            <source>{code}: unknown tier '{tier}' (use {choices}).</source>
            <translation>{code}：未知的命名等级“{tier}”（可用：{choices}）。</translation>
        </message>
        <message>
            <source>Public notice {id} is still open: close it before naming.</source>
            <translation>公示 {id} 尚未结束：请先结束公示再命名。</translation>
        </message>
        <message>
            <source>Objection {id} to this notice is not decided yet: decide it first.</source>
            <translation>对本次公示的异议 {id} 尚未处理：请先处理。</translation>
        </message>
        <message>
            <source>Objection {objection} against public notice {id} as a whole was upheld: nothing can be named from this notice; correct the list and publish a new notice.</source>
            <translation>针对公示 {id} 整体名单的异议 {objection} 已成立：不能依此公示命名；请更正名单后重新公示。</translation>
        </message>
        <message>
            <source>Public notice {id} has been named already.</source>
            <translation>公示 {id} 已命名。</translation>
        </message>
        <message>
            <source>{code} cannot be named from public notice {id}.</source>
            <translation>{code} 不能依据公示 {id} 命名。</translation>
        </message>
        <message>
            <source>Every community of public notice {id} had an upheld objection.</source>
            <translation>公示 {id} 的所有社区均有成立的异议。</translation>
        </message>
        <message>
            <source>{code} has been named for {year} already.</source>
            <translation>{code} 已在{year}年度命名，不能重复命名。</translation>
        </message>
        <message>
            <source>Public notice {id} has not been named yet.</source>
            <translation>公示 {id} 尚未命名。</translation>
        </message>
        <message>
            <source>There is no public notice {id}.</source>
            <translation>没有编号为 {id} 的公示。</translation>
        </message>
        <message>
            <source>A notice's text may hold at most {limit} characters.</source>
            <translation>公示文字最多 {limit} 个字符。</translation>
        </message>
        <message>
            <source>No signed-off community of {year} (batch {batch}) is waiting for a public notice.</source>
            <translation>{year} 年度（第 {batch} 批）没有待公示的已签发社区。</translation>
        </message>
        <message>
            <source>A public notice of {year} starts between {first} and {last}, not on {start}.</source>
            <translation>{year}年度的公示须在 {first} 至 {last} 之间开始，不能是 {start}。</translation>
        </message>
        <message>
            <source>Public notice {id} is already closed.</source>
            <translation>公示 {id} 已结束。</translation>
        </message>
        <message>
            <source>Public notice {id} runs until {end}; it can be closed after that.</source>
            <translation>公示 {id} 的公示期至 {end}，期满后才能结束。</translation>
        </message>
        <message>
            <source>Unknown kind of objector '{kind}' (use {choices}).</source>
            <translation>未知的反映人类型“{kind}”（可用：{choices}）。</translation>
        </message>
        <message>
            <source>An objection needs the objector's name and its content.</source>
            <translation>异议须写明反映人名称和反映内容。</translation>
        </message>
        <message>
            <source>An objector's name may hold at most {limit} characters.</source>
            <translation>反映人名称最多 {limit} 个字符。</translation>
        </message>
        <message>
            <source>An objection's content may hold at most {limit} characters.</source>
            <translation>异议内容最多 {limit} 个字符。</translation>
        </message>
        <message>
            <source>Public notice {id} is closed: objections can no longer be recorded against it.</source>
            <translation>公示 {id} 已结束，不能再登记对它的异议。</translation>
        </message>
        <message>
            <source>An ID number or a contact may hold at most {limit} characters.</source>
            <translation>身份证号码或联系方式最多 {limit} 个字符。</translation>
        </message>
        <message>
            <source>An objection cannot be received after today ({day} given).</source>
            <translation>异议的收到日期不能晚于今天（所填为 {day}）。</translation>
        </message>
        <message>
            <source>{code} is not on public notice {id}.</source>
            <translation>{code} 不在公示 {id} 的名单中。</translation>
        </message>
        <message>
            <source>An objection is decided as {choices}.</source>
            <translation>异议的处理结果须为：{choices}。</translation>
        </message>
        <message>
            <source>Deciding an objection needs a reason of at most {limit} characters.</source>
            <translation>处理异议须写明理由，最多 {limit} 个字符。</translation>
        </message>
        <message>
            <source>There is no objection {id}.</source>
            <translation>没有编号为 {id} 的异议。</translation>
        </message>
        <message>
            <source>Objection {id} has been decided already.</source>
            <translation>异议 {id} 已处理。</translation>
        </message>
        <message>
            <source>A campaign year is between {first} and {last} ({year} given).</source>
            <translation>年度须在 {first} 至 {last} 之间（所填为 {year}）。</translation>
        </message>
        <message>
            <source>China's official holidays for {year} are not known to this version of GreenDesk: give the notice period in calendar days, or update GreenDesk.</source>
            <translation>本版本绿色社区审核台尚无 {year} 年的国家法定节假日安排：请按自然日设定公示期，或更新绿色社区审核台。</translation>
        </message>
        <message>
            <source>Unknown kind of notice period '{kind}' (use {choices}).</source>
            <translation>未知的公示期类型“{kind}”（可用：{choices}）。</translation>
        </message>
        <message>
            <source>A notice period must be 1 to {limit} days ({days} given).</source>
            <translation>公示期须为 1 至 {limit} 天（给出的是 {days}）。</translation>
        </message>
        <message>
            <source>No community was named before {year}: there is nothing to re-check.</source>
            <translation>{year} 年以前没有命名的社区，无需复核。</translation>
        </message>
        <message>
            <source>A re-check outcome is one of {choices}.</source>
            <translation>复核结果须为：{choices}。</translation>
        </message>
        <message>
            <source>限期整改 needs a deadline after today and by {last}.</source>
            <translation>限期整改须给出今天之后、{last} 之前的期限。</translation>
        </message>
        <message>
            <source>A re-check takes effect from today to {last}, not on {day}.</source>
            <translation>复核结果的生效日期须在今天至 {last} 之间，不能是 {day}。</translation>
        </message>
        <message>
            <source>A re-check note may hold at most {limit} characters.</source>
            <translation>复核说明最多 {limit} 个字符。</translation>
        </message>
        <message>
            <source>{code} is not in the sample of re-check plan {id}.</source>
            <translation>{code} 不在复核计划 {id} 的抽样名单中。</translation>
        </message>
        <message>
            <source>{code} has not been named: nothing to re-check.</source>
            <translation>{code} 尚未命名，无从复核。</translation>
        </message>
        <message>
            <source>{code}'s name is revoked already.</source>
            <translation>{code} 已被撤销命名。</translation>
        </message>
        <message>
            <source>A rework deadline is today or later, not {day}.</source>
            <translation>整改期限须为今天或以后，不能为 {day}。</translation>
        </message>
        <message>
            <source>{code} is not returned for rework: it has no rework deadline.</source>
            <translation>{code} 未被退回整改，不能设定整改期限。</translation>
        </message>
        <message>
            <source>A sample must hold 1 to {limit} communities.</source>
            <translation>抽样须为 1 至 {limit} 个社区。</translation>
        </message>
        <message>
            <source>A sample's seed may hold at most {limit} characters.</source>
            <translation>抽样种子最多 {limit} 个字符。</translation>
        </message>
        <message>
            <source>District {code} is not a district of this city.</source>
            <translation>{code} 不是本市所辖的区。</translation>
        </message>
        <message>
            <source>{file} was not imported: {problem}</source>
            <translation>{file} 未导入：{problem}</translation>
        </message>
        <message>
            <source>{file} is signed by the key {fingerprint}, which is not in this city's trust store: register the district's key first (greendesk keys trust FINGERPRINT --district CODE).</source>
            <translation>{file} 的签名密钥 {fingerprint} 不在本市的受信任密钥中：请先登记该区的密钥（greendesk keys trust 指纹 --district 区划代码）。</translation>
        </message>
        <message>
            <source>{file} claims to come from district {claimed}, but its signing key is registered for district {registered}: it was not imported.</source>
            <translation>{file} 自称来自 {claimed}，但其签名密钥登记的是 {registered}：未导入。</translation>
        </message>
        <message>
            <source>{file} failed verification (altered or damaged), so it was not imported: {problems}</source>
            <translation>{file} 未通过校验（已被改动或损坏），未导入：{problems}</translation>
        </message>
        <message>
            <source>{file} comes from district {code}, which is not a district of this city ({city}).</source>
            <translation>{file} 来自 {code}，不属于本市（{city}）所辖的区。</translation>
        </message>
        <message>
            <source>{file} is a format-1 package: it carries no machine-readable figures for the city. Ask the district to re-export it with this version of GreenDesk.</source>
            <translation>{file} 是第 1 版格式的材料包，不含可供市级读取的数据。请该区用当前版本的 GreenDesk 重新导出。</translation>
        </message>
        <message>
            <source>{file} was already imported on {date} by {user} (package {id}); nothing was changed.</source>
            <translation>{file} 已于 {date} 由 {user} 导入（材料包 {id}）；未作任何更改。</translation>
        </message>
        <message>
            <source>{file} is dated {as_of}, later than this computer's clock ({now}): check the date and time on the district's computer and on this one; it was not imported.</source>
            <translation>{file} 的日期为 {as_of}，晚于本机时钟（{now}）：请核对该区电脑和本机的日期与时间；未导入。</translation>
        </message>
        <message>
            <source>This is the district workspace of {name} ({code}): the city's commands (import of district packages, city progress, spot-check samples) need a city workspace (greendesk init --district 110000).</source>
            <translation>这是{name}（{code}）的区级工作区：市级命令（导入各区材料包、全市进展、抽查抽样）需要市级工作区（greendesk init --district 110000）。</translation>
        </message>
        <message>
            <source>This is the city workspace of {name} ({code}): streets' workbooks are imported and reviewed in the district workspaces; the city imports the districts' packages (greendesk city import PACKAGE).</source>
            <translation>这是{name}（{code}）的市级工作区：街道报送的表格在区级工作区导入和审核；市级导入各区的材料包（greendesk city import 材料包）。</translation>
        </message>
        <message>
            <source>{code} is not the code of a district of {city} ({city_code}).</source>
            <translation>{code} 不是{city}（{city_code}）所辖区的代码。</translation>
        </message>
        <message>
            <source>District {code} needs a name and its number of urban communities (1 to {limit}).</source>
            <translation>区 {code} 须填写名称及城市社区数（1 至 {limit}）。</translation>
        </message>
        <message>
            <source>Cannot write the city report into {folder}: {reason}</source>
            <translation>无法将全市报告写入 {folder}：{reason}</translation>
        </message>
        <message>
            <source>No district package of {year} reports a passed community: nothing to sample.</source>
            <translation>{year} 年各区材料包中没有达到创建要求的社区：无可抽样。</translation>
        </message>
        <message>
            <source>Cannot write the work list {file}: {reason}</source>
            <translation>无法写入工作清单 {file}：{reason}</translation>
        </message>
        <message>
            <source>Report snapshot {id} ({period}) is a draft: only a submitted report is packaged (greendesk report submit {id}).</source>
            <translation>报表快照 {id}（{period}）是草稿：只有已报送的报表才能打成材料包（greendesk report submit {id}）。</translation>
        </message>
        <message>
            <source>{file} is not a file.</source>
            <translation>{file} 不是文件。</translation>
        </message>
        <message>
            <source>{file} is a program; an objection's attachments are documents or images only.</source>
            <translation>{file} 是可执行程序；异议材料只接受文档或图片。</translation>
        </message>
        <message>
            <source>{file} is {size} MB; an objection's attachment may be at most {limit} MB.</source>
            <translation>{file} 大小为 {size} MB；异议材料每个文件不得超过 {limit} MB。</translation>
        </message>
        <message>
            <source>{file} is neither a document nor an image (PDF, OFD, Word, Excel, text, JPEG, PNG ...); it cannot be attached to an objection.</source>
            <translation>{file} 既不是文档也不是图片（可接受 PDF、OFD、Word、Excel、文本、JPEG、PNG 等），不能作为异议材料。</translation>
        </message>
        <message>
            <source>An objection takes at most {limit} attachments ({count} given).</source>
            <translation>一条异议最多附 {limit} 个文件（提供了 {count} 个）。</translation>
        </message>
        <message>
            <source>{code} is not a district in this city's registry.</source>
            <translation>{code} 不是本市区名册中的区。</translation>
        </message>
        <message>
            <source>The target share {share} for district {code} must be above 0 and at most 100 %.</source>
            <translation>{code} 的目标比例 {share} 须大于 0 且不超过 100%。</translation>
        </message>
        <message>
            <source>the comment is not text</source>
            <translation>评语不是文本</translation>
        </message>
        <message>
            <source>the comment is longer than {limit} characters</source>
            <translation>评语超过 {limit} 个字符</translation>
        </message>
        <message>
            <source>the comment holds a control character ({text})</source>
            <translation>评语含有控制字符（{text}）</translation>
        </message>
        <message>
            <source>{file} is a folder. Give the name of the file to write (in that folder or elsewhere).</source>
            <translation>{file} 是文件夹。请给出要写入的文件名（可在该文件夹中或其他位置）。</translation>
        </message>
    </context>
    <context>
        <name>EvidencePane</name>
        <message>
            <source>No evidence for this item.</source>
            <translation>本条暂无佐证材料。</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
    </context>
    <context>
        <name>ExpertScoringScreen</name>
        <message>
            <source>Assigned items</source>
            <translation>分配给我的指标</translation>
        </message>
        <message>
            <source>Items assigned to you</source>
            <translation>分配给您的指标</translation>
        </message>
        <message>
            <source>Sa&amp;ve score</source>
            <translation>保存评分(&amp;V)</translation>
        </message>
        <message numerus="yes">
            <source>%n items assigned to you. Scores are computed from your findings by the standard's rules.</source>
            <translation>
                <numerusform>共有 %n 项指标分配给您。得分由标准的评分规则根据您的核查结果计算。</numerusform>
            </translation>
        </message>
        <message>
            <source>No items are assigned to you on any panel.</source>
            <translation>您在任何评审组中都没有分配到指标。</translation>
        </message>
        <message>
            <source>{community} · item {number}  [{score} / {points}]</source>
            <translation>{community} · 第{number}项  [{score} / {points}]</translation>
        </message>
        <message>
            <source>(confirmed)</source>
            <translation>（已复核）</translation>
        </message>
        <message>
            <source>Confirmed by the reviewer (复核人): no longer editable.</source>
            <translation>复核人已确认：不能再修改。</translation>
        </message>
        <message>
            <source>Saved: item {number} of {community} scores {score} of {points}.</source>
            <translation>已保存：{community} 第{number}项得 {score} 分（满分 {points} 分）。</translation>
        </message>
    </context>
    <context>
        <name>ExpertWindow</name>
        <message>
            <source>GreenDesk expert mode — {panel} {year} — {expert}</source>
            <translation>GreenDesk 专家评分 — {panel} {year} — {expert}</translation>
        </message>
        <message>
            <source>{district} · panel {panel} ({year}, batch {batch}) · expert {key} {name} · signed by {fingerprint}</source>
            <translation>{district} · 评审组 {panel}（{year} 年第 {batch} 批）· 专家 {key} {name} · 签名密钥 {fingerprint}</translation>
        </message>
        <message>
            <source>Communities</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>Export returned kit (评分回执)…</source>
            <translation>导出评分回执…</translation>
        </message>
        <message>
            <source>{number}. {text}  [{score} / {points}]</source>
            <translation>{number}. {text}  [{score} / {points}]</translation>
        </message>
        <message>
            <source>{done} of {total} items scored; saved on this PC as you go.</source>
            <translation>已评 {done} / {total} 项；评分随时保存在本机。</translation>
        </message>
        <message>
            <source>Export returned kit</source>
            <translation>导出评分回执</translation>
        </message>
        <message>
            <source>Returned kits (*.gdret)</source>
            <translation>评分回执 (*.gdret)</translation>
        </message>
        <message>
            <source>The returned kit was written to {path}. Send it to the office (USB stick, OA or IM).</source>
            <translation>评分回执已写入 {path}。请将其交回办公室（U 盘、OA 或即时通讯）。</translation>
        </message>
    </context>
    <context>
        <name>ExpertsTab</name>
        <message>
            <source>Key</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Communities</source>
            <translation>社区数</translation>
        </message>
        <message>
            <source>&amp;Add expert…</source>
            <translation>添加专家(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <source>external</source>
            <translation>外聘</translation>
        </message>
        <message>
            <source>active</source>
            <translation>在任</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation>启用(&amp;A)</translation>
        </message>
        <message>
            <source>Experts</source>
            <translation>专家</translation>
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
        <name>FindingsEditor</name>
        <message>
            <source>Findings</source>
            <translation>评分依据</translation>
        </message>
        <message>
            <source>Comment (reasons, dissent)</source>
            <translation>意见（理由、不同意见）</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>意见</translation>
        </message>
        <message>
            <source>Item {number} ({points} points): {text}</source>
            <translation>第{number}条（{points} 分）：{text}</translation>
        </message>
        <message>
            <source>met (all {points} points)</source>
            <translation>达到（得全部 {points} 分）</translation>
        </message>
        <message>
            <source>Veto (一票否决): the community fails whatever its total</source>
            <translation>一票否决：无论总分多少，该社区均不通过</translation>
        </message>
        <message>
            <source>Score: {score} of {points}</source>
            <translation>得分：{score} / {points}</translation>
        </message>
        <message>
            <source>vetoed</source>
            <translation>已否决</translation>
        </message>
    </context>
    <context>
        <name>FirstAdministratorDialog</name>
        <message>
            <source>Create the administrator</source>
            <translation>创建管理员</translation>
        </message>
        <message>
            <source>This workspace has no administrator account yet; create it before you start.</source>
            <translation>本工作区还没有管理员账号，请先创建。</translation>
        </message>
        <message>
            <source>Create and sign in</source>
            <translation>创建并登录</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
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
        <message>
            <source>Back</source>
            <translation>上一步</translation>
        </message>
        <message>
            <source>Open a scoring kit (expert)…</source>
            <translation>打开评分包（专家）…</translation>
        </message>
        <message>
            <source>For an expert scoring on this PC: no workspace is needed.</source>
            <translation>供专家在本机评分使用：无需工作区。</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Create workspace</source>
            <translation>创建工作区</translation>
        </message>
    </context>
    <context>
        <name>Fonts</name>
        <message>
            <source>the system font {file}</source>
            <translation>系统字体 {file}</translation>
        </message>
        <message>
            <source>{wanted} is not installed: {file} stands in</source>
            <translation>未安装{wanted}：以 {file} 代替</translation>
        </message>
        <message>
            <source>set by GREENDESK_PDF_FONT: {file}</source>
            <translation>由 GREENDESK_PDF_FONT 指定：{file}</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <source>There is no good backup to restore.</source>
            <translation>没有可恢复的完好备份。</translation>
        </message>
        <message>
            <source>The newest good backup is from {backup}. Work done after it would be lost and cannot be listed.</source>
            <translation>最新的完好备份来自 {backup}。此后所做的工作将会丢失，且无法列出。</translation>
        </message>
        <message>
            <source>The newest good backup is from {backup}; about {count} recorded changes made after it would be lost.</source>
            <translation>最新的完好备份来自 {backup}；此后记录的约 {count} 项更改将会丢失。</translation>
        </message>
        <message>
            <source>The damaged file still opens and is newer than every backup: you can also continue with it as it is (the missing changes stay lost).</source>
            <translation>损坏的文件仍可打开，且比所有备份都新：您也可以按现状继续使用它（缺失的更改仍将丢失）。</translation>
        </message>
        <message>
            <source>The workspace database is missing from this folder, although the folder holds the workspace's backups or its commit record.</source>
            <translation>此文件夹中缺少工作区数据库，但文件夹中仍有该工作区的备份或其提交记录。</translation>
        </message>
        <message>
            <source>The database no longer holds the last of the {recorded} changes GreenDesk saved (saved {at}): its write-ahead log (the -wal file) was rolled back or damaged. It has been moved to {file}.</source>
            <translation>数据库中已不再包含 GreenDesk 已保存的 {recorded} 项更改中的最后一项（保存于 {at}）：其预写日志（-wal 文件）被回退或已损坏。数据库已移至 {file}。</translation>
        </message>
        <message>
            <source>The database lost {missing} of the {recorded} changes GreenDesk saved (the last one saved {at}): its write-ahead log (the -wal file) is missing or damaged. It has been moved to {file}.</source>
            <translation>数据库丢失了 GreenDesk 已保存的 {recorded} 项更改中的 {missing} 项（最后一项保存于 {at}）：其预写日志（-wal 文件）缺失或已损坏。数据库已移至 {file}。</translation>
        </message>
        <message>
            <source>The database file holds no workspace (it is empty or not a GreenDesk database), although GreenDesk saved {recorded} changes in it (the last one saved {at}). It has been moved to {file}.</source>
            <translation>数据库文件中没有工作区（文件为空或不是 GreenDesk 数据库），但 GreenDesk 曾在其中保存了 {recorded} 项更改（最后一项保存于 {at}）。该文件已移至 {file}。</translation>
        </message>
        <message>
            <source>The database file held no workspace (it is empty or not a GreenDesk database) and has been moved to {file}.</source>
            <translation>数据库文件中没有工作区（文件为空或不是 GreenDesk 数据库），已移至 {file}。</translation>
        </message>
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
            <source>Broken reference: {reference} does not exist.</source>
            <translation>引用失效：{reference} 不存在。</translation>
        </message>
        <message>
            <source>Damaged text in table {table}, row {row}, column {column}: its bytes are not valid UTF-8.</source>
            <translation>表 {table}、行 {row}、列 {column} 中的文字已损坏：其字节不是有效的 UTF-8。</translation>
        </message>
        <message>
            <source>Damaged text in table {table}, row {row}, column {column}: it holds binary data.</source>
            <translation>表 {table}、行 {row}、列 {column} 中的文字已损坏：其中是二进制数据。</translation>
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
        <message>
            <source>Rendition photos/{file} was replaced or damaged: it no longer matches the record of what it was derived from (it is re-derived before use; 'greendesk check --repair' removes it).</source>
            <translation>派生图 photos/{file} 被替换或损坏：它与其来源记录不再相符（使用前会从原图重新生成；“greendesk check --repair”会将其删除）。</translation>
        </message>
        <message>
            <source>{count} unreferenced files in the photo store are kept from a later state (a backup or a set-aside database references them, as after a restore to an older backup).</source>
            <translation>照片库中有 {count} 个未被引用的文件是从较新状态保留下来的（某个备份或移出的数据库引用了它们，例如恢复到较早的备份之后）。</translation>
        </message>
        <message>
            <source>{count} thumbnails and print copies were made before GreenDesk recorded their hashes; they are re-derived from the originals before use.</source>
            <translation>有 {count} 个缩略图和打印版生成于 GreenDesk 记录其哈希值之前；使用前会从原图重新生成。</translation>
        </message>
        <message>
            <source>The audit log was cut short: it had {last} entries on {date}, now it has {first}.</source>
            <translation>审计日志被截短：{date} 时有 {last} 条记录，现在只有 {first} 条。</translation>
        </message>
        <message>
            <source>The audit log was rewritten at entry {first}: entry {last} no longer has the hash recorded on {date}.</source>
            <translation>审计日志自第 {first} 条起被改写：第 {last} 条的哈希值与 {date} 记录的不再一致。</translation>
        </message>
        <message>
            <source>Audit entries {first} to {last} were not written by GreenDesk on this computer: they were added to the database directly, or on another computer.</source>
            <translation>审计日志第 {first} 至 {last} 条不是本机 GreenDesk 写入的：它们是直接写入数据库的，或是在另一台电脑上写入的。</translation>
        </message>
        <message>
            <source>The workspace id {current} is not the one its audit log records ({logged}): it was changed in the database.</source>
            <translation>工作区标识 {current} 与审计日志记录的标识（{logged}）不符：它在数据库中被改动过。</translation>
        </message>
        <message>
            <source>Backup {id} belongs to another workspace (id {other}).</source>
            <translation>备份 {id} 属于另一个工作区（标识 {other}）。</translation>
        </message>
        <message>
            <source>No backup agrees with the anchors.</source>
            <translation>没有与锚点一致的备份。</translation>
        </message>
        <message>
            <source>The newest backup that agrees with the anchors is {id} from {date}: 'greendesk restore {id}' brings it back (the current database is kept aside).</source>
            <translation>与锚点一致的最新备份是 {date} 的 {id}：运行“greendesk restore {id}”可恢复（当前数据库会被移到一旁保留）。</translation>
        </message>
        <message>
            <source>This computer holds no anchors of this workspace (it was used elsewhere, or before anchors existed); only the backups' anchors were compared.</source>
            <translation>本机没有此工作区的锚点（它曾在别处使用，或创建于锚点功能之前）；只比对了备份中的锚点。</translation>
        </message>
        <message>
            <source>{count} decision rows date from before this workspace was upgraded to a recorded review state; the audit log cannot vouch for them one by one.</source>
            <translation>有 {count} 条审核结论行早于本工作区升级到记录审核状态的版本；审计日志无法逐条为其作证。</translation>
        </message>
        <message>
            <source>{code} ({year}): the recommendation is in the database but not in the audit log.</source>
            <translation>{code}（{year}年）：数据库中有此推荐记录，但审计日志中没有。</translation>
        </message>
        <message>
            <source>{code} ({year}): the audit log records the recommendation, but the database has none.</source>
            <translation>{code}（{year}年）：审计日志记录了此推荐，但数据库中没有。</translation>
        </message>
        <message>
            <source>{code} ({year}): {field} is '{actual}' in the database, but the audit log says '{expected}'.</source>
            <translation>{code}（{year}年）：数据库中 {field} 为“{actual}”，但审计日志记录为“{expected}”。</translation>
        </message>
        <message>
            <source>{code} ({year}): the decision '{outcome}' by {user} on item {item} (round {round}) is not in the audit log.</source>
            <translation>{code}（{year}年）：{user} 对第{item}条（第{round}轮）作出的审核结论“{outcome}”不在审计日志中。</translation>
        </message>
        <message>
            <source>{code} ({year}): audit entry {entry} records the decision '{outcome}' on item {item} (round {round}), but the database has no such decision.</source>
            <translation>{code}（{year}年）：审计日志第{entry}条记录了第{item}条（第{round}轮）的审核结论“{outcome}”，但数据库中没有这条结论。</translation>
        </message>
        <message>
            <source>{code} ({year}): the decisions on item {item} (round {round}) are not in the order the audit log recorded, so a different one counts.</source>
            <translation>{code}（{year}年）：第{item}条（第{round}轮）的审核结论顺序与审计日志记录不一致，生效的结论因此不同。</translation>
        </message>
        <message>
            <source>{code} ({year}): decision row {row} on item {item} (round {round}) says it was made {actual}, but audit entry {entry} recorded it {expected}.</source>
            <translation>{code}（{year}）：第 {item} 项（第 {round} 轮）的审核结论行 {row} 显示作出时间为 {actual}，但审计日志第 {entry} 条记录的时间为 {expected}。</translation>
        </message>
        <message>
            <source>Decision row {row} is not where the audit log puts it: entry {entry} records a different decision at that place (decision rows were renumbered or reordered with SQL).</source>
            <translation>审核结论行 {row} 不在审计日志记录的位置：第 {entry} 条记录在该位置的是另一条结论（审核结论行被用 SQL 重新编号或调换了顺序）。</translation>
        </message>
        <message>
            <source>Decision row {row} belongs to no recommendation (recommendation id {recommendation}): it was written to the database directly.</source>
            <translation>审核结论行 {row} 不属于任何推荐（推荐 ID {recommendation}）：它是被直接写入数据库的。</translation>
        </message>
        <message>
            <source>The {count} decision rows recorded before the upgrade of {date} were changed with SQL: they no longer match what the upgrade recorded (entry {entry}).</source>
            <translation>{date} 升级之前记录的 {count} 条审核结论行被用 SQL 改动过：它们与升级时的记录（第 {entry} 条）不再相符。</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>not decided</source>
            <translation>未审核</translation>
        </message>
        <message>
            <source>undid the last decision on item {item}: back to “{new}”</source>
            <translation>撤销了第 {item} 条的上一次审核，恢复为「{new}」</translation>
        </message>
        <message>
            <source>cleared the decision on item {item} (was “{old}”)</source>
            <translation>清除了第 {item} 条的审核结论（原为「{old}」）</translation>
        </message>
        <message>
            <source>changed item {item} from “{old}” to “{new}”</source>
            <translation>将第 {item} 条由「{old}」改为「{new}」</translation>
        </message>
        <message>
            <source>: {comment}</source>
            <translation>：{comment}</translation>
        </message>
        <message>
            <source>imported the street's recommendation for {year} (import {batch})</source>
            <translation>导入了街道的 {year} 年度推荐（导入批次 {batch}）</translation>
        </message>
        <message>
            <source>recorded the recommendation for {year}</source>
            <translation>录入了 {year} 年度推荐</translation>
        </message>
        <message>
            <source>status “{old}” → “{new}”</source>
            <translation>状态由「{old}」变为「{new}」</translation>
        </message>
        <message>
            <source>, from {day}</source>
            <translation>，自 {day} 起</translation>
        </message>
        <message>
            <source>listed in public notice {notice} ({start} to {end})</source>
            <translation>列入第 {notice} 号公示（{start} 至 {end}）</translation>
        </message>
        <message>
            <source>objection {objection} received on {day} from {objector}</source>
            <translation>{day} 收到{objector}的第 {objection} 号异议</translation>
        </message>
        <message>
            <source>objection {objection} not accepted: {reason}</source>
            <translation>第 {objection} 号异议不予受理：{reason}</translation>
        </message>
        <message>
            <source>objection {objection} upheld: {reason}</source>
            <translation>第 {objection} 号异议成立：{reason}</translation>
        </message>
        <message>
            <source>objection {objection} not upheld: {reason}</source>
            <translation>第 {objection} 号异议不成立：{reason}</translation>
        </message>
        <message>
            <source>named “{tier}” by {number} of {day}</source>
            <translation>以{number}（{day}）命名为「{tier}」</translation>
        </message>
        <message>
            <source>re-checked: {outcome}, effective {day}</source>
            <translation>复核：{outcome}，自 {day} 起生效</translation>
        </message>
        <message>
            <source>, rectify by {day}</source>
            <translation>，限 {day} 前整改</translation>
        </message>
        <message>
            <source>attached {count} file(s) to item {item}: {names}</source>
            <translation>为第 {item} 条添加了 {count} 个文件：{names}</translation>
        </message>
        <message>
            <source>import {batch} attached {count} file(s) to item {item}: {names}</source>
            <translation>导入批次 {batch} 为第 {item} 条添加了 {count} 个文件：{names}</translation>
        </message>
        <message>
            <source>removed the note</source>
            <translation>删除了备注</translation>
        </message>
        <message>
            <source>wrote the note: {text}</source>
            <translation>填写备注：{text}</translation>
        </message>
        <message>
            <source>finished round {round}</source>
            <translation>完成了第 {round} 轮审核</translation>
        </message>
        <message>
            <source>returned it for rework (items {items})</source>
            <translation>退回整改（第 {items} 条）</translation>
        </message>
        <message>
            <source>recorded the resubmission: round {round} begins</source>
            <translation>登记重新提交：第 {round} 轮开始</translation>
        </message>
        <message>
            <source>signed off round {round} (locked)</source>
            <translation>签发确认第 {round} 轮（已锁定）</translation>
        </message>
        <message>
            <source>unlocked it: {reason}</source>
            <translation>解锁：{reason}</translation>
        </message>
        <message>
            <source>the earlier sign-off was withdrawn by a change</source>
            <translation>因修改撤回了此前的签发确认</translation>
        </message>
        <message>
            <source>objection {objection} reopened the review: round {round} begins</source>
            <translation>第 {objection} 号异议重新开启审核：第 {round} 轮开始</translation>
        </message>
        <message>
            <source>{at} 〈{user}〉 {what}</source>
            <translation>{at} 〈{user}〉 {what}</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Review history</source>
            <translation>审核记录</translation>
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
            <source>Done: {list}.</source>
            <translation>完成：{list}。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) created</source>
            <translation>
                <numerusform>新增推荐 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>更新 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) skipped</source>
            <translation>
                <numerusform>跳过 %n 行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) attached</source>
            <translation>
                <numerusform>关联照片 %n 张</numerusform>
            </translation>
        </message>
        <message>
            <source> ({added} new in the store, {skipped} not attached)</source>
            <translation>（照片库新增 {added} 张，未关联 {skipped} 张）</translation>
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
        <message>
            <source>Cancel the import?</source>
            <translation>取消导入？</translation>
        </message>
        <message>
            <source>The package is still being read or imported. Stop now? Nothing will be changed.</source>
            <translation>材料包仍在读取或导入中。现在停止吗？不会做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>ItemChart</name>
        <message>
            <source>Item {item}: {meets} meet, {fails} do not meet, {more} need more material</source>
            <translation>第 {item} 条：符合 {meets}，不符合 {fails}，需补充材料 {more}</translation>
        </message>
    </context>
    <context>
        <name>ItemForm</name>
        <message>
            <source>Veto item (failing it fails the community)</source>
            <translation>一票否决（不符合即整体不通过）</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>类别(&amp;C)：</translation>
        </message>
        <message>
            <source>Verified by:</source>
            <translation>核验方法：</translation>
        </message>
        <message>
            <source>Evidence &amp;index:</source>
            <translation>佐证索引号(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Number:</source>
            <translation>编号(&amp;N)：</translation>
        </message>
        <message>
            <source>Re&amp;quirement:</source>
            <translation>条目内容(&amp;Q)：</translation>
        </message>
        <message>
            <source>How to &amp;verify:</source>
            <translation>核查方式(&amp;V)：</translation>
        </message>
        <message>
            <source>Evidence &amp;hint:</source>
            <translation>佐证材料提示(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Points:</source>
            <translation>分值(&amp;P)：</translation>
        </message>
        <message>
            <source>Depar&amp;tment:</source>
            <translation>责任部门(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>KitImportDialog</name>
        <message>
            <source>Import returned scoring kits</source>
            <translation>导入评分回执</translation>
        </message>
        <message>
            <source>Choose the returned kits (.gdret) the experts sent back.</source>
            <translation>请选择专家发回的评分回执（.gdret）。</translation>
        </message>
        <message>
            <source>Choose files and import…</source>
            <translation>选择文件并导入…</translation>
        </message>
        <message>
            <source>Returned kits (*.gdret);;All files (*)</source>
            <translation>评分回执 (*.gdret);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Expert {key} {name}: imported before, nothing added.</source>
            <translation>专家 {key} {name}：已导入过，未新增内容。</translation>
        </message>
        <message>
            <source>Expert {key} {name}: {items} items of {communities} scored, {added} new scores recorded (file SHA-256 {sha}).</source>
            <translation>专家 {key} {name}：{communities} 共评 {items} 项，新记录 {added} 条评分（文件 SHA-256 {sha}）。</translation>
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
        <name>LockPage</name>
        <message>
            <source>GreenDesk is locked</source>
            <translation>绿色社区审核台已锁定</translation>
        </message>
        <message>
            <source>The window was locked after a period without use. Your unsaved input is kept. Enter the password of {account} to continue.</source>
            <translation>由于一段时间无操作，窗口已锁定。尚未保存的输入均已保留。请输入 {account} 的密码以继续。</translation>
        </message>
        <message>
            <source>Someone else? Enter your own account name and password: the current session then ends.</source>
            <translation>换人使用？请输入您自己的账号和密码，当前账号的会话随即结束。</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <source>Account name:</source>
            <translation>账号：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
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
            <source>Checking the workspace… %p%</source>
            <translation>正在检查工作区… %p%</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>审核队列</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>逐条审核</translation>
        </message>
        <message>
            <source>Expert review</source>
            <translation>专家评审</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>创建进度</translation>
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
            <source>City progress</source>
            <translation>全市进展</translation>
        </message>
        <message>
            <source>Yearly targets</source>
            <translation>年度目标</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报告报送</translation>
        </message>
        <message>
            <source>Site visits</source>
            <translation>现场核验</translation>
        </message>
        <message>
            <source>Publicity &amp; naming</source>
            <translation>公示与命名</translation>
        </message>
        <message>
            <source>My scoring</source>
            <translation>我的评分</translation>
        </message>
        <message>
            <source>{screen} cannot be shown: {reason}</source>
            <translation>无法显示“{screen}”：{reason}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Import street recommendations…</source>
            <translation>导入街道推荐材料(&amp;I)…</translation>
        </message>
        <message>
            <source>Export recommendation &amp;template…</source>
            <translation>导出推荐材料模板(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Export application package…</source>
            <translation>导出申报材料(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Verify application package…</source>
            <translation>校验申报材料(&amp;V)…</translation>
        </message>
        <message>
            <source>Open &amp;scoring kit (expert mode)…</source>
            <translation>打开评分包（专家评分）(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Backups and restore…</source>
            <translation>备份与恢复(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Check workspace…</source>
            <translation>检查工作区(&amp;C)…</translation>
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
            <source>&amp;Account</source>
            <translation>账户(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Switch account…</source>
            <translation>切换账户(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Manage accounts…</source>
            <translation>账号管理(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About GreenDesk</source>
            <translation>关于绿色社区审核台(&amp;A)</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>未登录</translation>
        </message>
        <message>
            <source>Signed in: {account}</source>
            <translation>当前账号：{account}</translation>
        </message>
        <message>
            <source>Checking the workspace in the background…</source>
            <translation>正在后台检查工作区…</translation>
        </message>
        <message>
            <source>Check workspace</source>
            <translation>检查工作区</translation>
        </message>
        <message>
            <source>Workspace checked: no problems found.</source>
            <translation>工作区检查完毕：未发现问题。</translation>
        </message>
        <message numerus="yes">
            <source>The check after start found %n problem(s) in this workspace. Show them now?</source>
            <translation>
                <numerusform>启动后的检查在本工作区发现 %n 个问题。现在查看吗？</numerusform>
            </translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>About GreenDesk</source>
            <translation>关于绿色社区审核台</translation>
        </message>
        <message>
            <source>GreenDesk {version}&lt;br&gt;Offline review desk for the Green Community Creation Action.</source>
            <translation>绿色社区审核台 {version}&lt;br&gt;绿色社区创建行动离线审核工具。</translation>
        </message>
        <message>
            <source>Third-party components and their licences: &lt;a href="{link}"&gt;{name}&lt;/a&gt;</source>
            <translation>第三方组件及其许可证：&lt;a href="{link}"&gt;{name}&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>MergeTab</name>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Merged scores</source>
            <translation>汇总评分</translation>
        </message>
        <message>
            <source>&amp;Confirm selected item…</source>
            <translation>确认所选条目(&amp;C)…</translation>
        </message>
        <message>
            <source>Confirm all &amp;unflagged</source>
            <translation>确认全部无争议(&amp;U)</translation>
        </message>
        <message>
            <source>Co&amp;mmunity:</source>
            <translation>社区(&amp;M)：</translation>
        </message>
        <message>
            <source>, flagged: {count}</source>
            <translation>，分歧：{count}</translation>
        </message>
        <message>
            <source>{code} {name} — total {total}{flagged}</source>
            <translation>{code} {name} — 总分 {total}{flagged}</translation>
        </message>
        <message>
            <source>No community is assigned to this panel's experts yet.</source>
            <translation>该专家组的专家尚未分配社区。</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>分值</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>平均分</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>极差</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>确认分</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>理由：{reason}</translation>
        </message>
        <message>
            <source>Confirm…</source>
            <translation>确认…</translation>
        </message>
        <message>
            <source>Confirm item {item}</source>
            <translation>确认第 {item} 条</translation>
        </message>
        <message>
            <source>Confirmed by {user}</source>
            <translation>已由 {user} 确认</translation>
        </message>
        <message>
            <source>Disagreement: spread {spread} &gt; {threshold}</source>
            <translation>分歧：极差 {spread} &gt; {threshold}</translation>
        </message>
        <message>
            <source>Awaiting {experts}</source>
            <translation>待 {experts} 评分</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>无争议</translation>
        </message>
        <message>
            <source>{name} ({street})</source>
            <translation>{name}（{street}）</translation>
        </message>
        <message>
            <source>Total {total} of {maximum}</source>
            <translation>总分 {total} / {maximum}</translation>
        </message>
        <message>
            <source>incomplete, items without a score: {count}</source>
            <translation>未完成，尚无得分的条目：{count}</translation>
        </message>
        <message>
            <source>passed (pass mark {mark})</source>
            <translation>达到创建要求（及格线 {mark}）</translation>
        </message>
        <message>
            <source>tier: {tier}</source>
            <translation>等次：{tier}</translation>
        </message>
        <message>
            <source>not passed (pass mark {mark})</source>
            <translation>未达到创建要求（及格线 {mark}）</translation>
        </message>
        <message>
            <source>vetoed by item {items}</source>
            <translation>第 {items} 条一票否决</translation>
        </message>
        <message>
            <source>⚠ flagged: {count}</source>
            <translation>⚠ 分歧：{count}</translation>
        </message>
        <message>
            <source>Confirm all unflagged</source>
            <translation>确认全部无争议</translation>
        </message>
        <message>
            <source>Confirm every item of {name} whose experts have all scored and agree, at the experts' mean?</source>
            <translation>按专家平均分确认{name}所有专家均已评分且无争议的条目？</translation>
        </message>
        <message>
            <source>Items confirmed: {count}</source>
            <translation>已确认条目：{count}</translation>
        </message>
    </context>
    <context>
        <name>Naming</name>
        <message>
            <source>Meets requirements</source>
            <translation>达到创建要求</translation>
        </message>
        <message>
            <source>Demonstration (示范)</source>
            <translation>示范</translation>
        </message>
    </context>
    <context>
        <name>NamingDialog</name>
        <message>
            <source>Name the communities</source>
            <translation>命名</translation>
        </message>
        <message>
            <source>e.g. 朝建发〔2022〕12号</source>
            <translation>例如 朝建发〔2022〕12号</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>街道</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>等次</translation>
        </message>
        <message>
            <source>&amp;Document number (文号):</source>
            <translation>文号(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Named on:</source>
            <translation>命名日期(&amp;N)：</translation>
        </message>
        <message>
            <source>Not named from this notice (an upheld objection sent them back to review): {codes}</source>
            <translation>不依据本次公示命名（异议成立，已退回审核）：{codes}</translation>
        </message>
        <message>
            <source>Your &amp;password:</source>
            <translation>您的密码(&amp;P)：</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>命名</translation>
        </message>
    </context>
    <context>
        <name>NewAccountDialog</name>
        <message>
            <source>New account</source>
            <translation>新建账号</translation>
        </message>
        <message>
            <source>printed on documents, e.g. 王丽</source>
            <translation>打印在文书上，例如 王丽</translation>
        </message>
        <message>
            <source>Account name:</source>
            <translation>账号：</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <source>Enter an account name.</source>
            <translation>请输入账号。</translation>
        </message>
        <message>
            <source>Choose at least one role.</source>
            <translation>请至少选择一个角色。</translation>
        </message>
    </context>
    <context>
        <name>NewEditionDialog</name>
        <message>
            <source>Copy into a local edition</source>
            <translation>复制为本地版本</translation>
        </message>
        <message>
            <source>{title} (local edition)</source>
            <translation>{title}（本地版）</translation>
        </message>
        <message>
            <source>The copy starts as {parent}'s exact content and is saved as version 1 of a new standard.</source>
            <translation>副本与 {parent} 的内容完全相同，保存为一个新标准的第1版。</translation>
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation>标识(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>NewNoticeDialog</name>
        <message>
            <source>New public notice</source>
            <translation>新建公示</translation>
        </message>
        <message>
            <source>working days</source>
            <translation>个工作日</translation>
        </message>
        <message>
            <source>calendar days</source>
            <translation>个自然日</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年度(&amp;Y)：</translation>
        </message>
        <message>
            <source>&amp;Batch:</source>
            <translation>批次(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation>起始日(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Runs for:</source>
            <translation>公示期(&amp;R)：</translation>
        </message>
        <message>
            <source>Last day:</source>
            <translation>截止日：</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Objections are taken:</source>
            <translation>异议受理方式(&amp;O)：</translation>
        </message>
        <message>
            <source>The notice lists the year's and batch's signed-off communities not on a notice yet.</source>
            <translation>公示名单列入该年度、该批次尚未公示的已签发社区。</translation>
        </message>
        <message>
            <source>Create notice</source>
            <translation>发布公示</translation>
        </message>
        <message>
            <source>{end} (objections are taken from {start} to {end})</source>
            <translation>{end}（{start} 至 {end} 受理异议）</translation>
        </message>
    </context>
    <context>
        <name>NewPanelDialog</name>
        <message>
            <source>New expert panel</source>
            <translation>新建专家组</translation>
        </message>
        <message>
            <source>e.g. 第一评审组</source>
            <translation>例如：第一评审组</translation>
        </message>
        <message>
            <source> points</source>
            <translation> 分</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年度(&amp;Y)：</translation>
        </message>
        <message>
            <source>&amp;Batch:</source>
            <translation>批次(&amp;B)：</translation>
        </message>
        <message>
            <source>Scored &amp;standard:</source>
            <translation>评分标准(&amp;S)：</translation>
        </message>
        <message>
            <source>Flag a spread above:</source>
            <translation>极差超过此值标记分歧：</translation>
        </message>
        <message>
            <source>Only a scored standard written for the year can be chosen by a panel.</source>
            <translation>专家组只能选用适用于该年度的评分标准。</translation>
        </message>
    </context>
    <context>
        <name>NewPasswordForm</name>
        <message>
            <source>At least {count} characters</source>
            <translation>至少 {count} 个字符</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>再次输入密码：</translation>
        </message>
        <message>
            <source>The password needs at least {count} characters.</source>
            <translation>密码至少需要 {count} 个字符。</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>NoticesTab</name>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>公示期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Communities</source>
            <translation>社区数</translation>
        </message>
        <message>
            <source>&amp;New notice…</source>
            <translation>新建公示(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Close notice</source>
            <translation>结束公示(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>N&amp;ame…</source>
            <translation>命名(&amp;A)…</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收到日期</translation>
        </message>
        <message>
            <source>Objector</source>
            <translation>反映人</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>涉及</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>&amp;Register objection…</source>
            <translation>登记异议(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Decide…</source>
            <translation>裁定(&amp;D)…</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>街道</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>等次</translation>
        </message>
        <message>
            <source>Plaque</source>
            <translation>授牌编号</translation>
        </message>
        <message>
            <source>Objections register (异议登记)</source>
            <translation>异议登记</translation>
        </message>
        <message>
            <source>Communities on the notice</source>
            <translation>公示名单中的社区</translation>
        </message>
        <message>
            <source>Publicity &amp; naming</source>
            <translation>公示与命名</translation>
        </message>
        <message numerus="yes">
            <source>%n working days</source>
            <translation>
                <numerusform>%n 个工作日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n calendar days</source>
            <translation>
                <numerusform>%n 个自然日</numerusform>
            </translation>
        </message>
        <message>
            <source>named ({number})</source>
            <translation>已命名（{number}）</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>open for objections</source>
            <translation>公示中</translation>
        </message>
        <message>
            <source>unit (sealed)</source>
            <translation>单位（盖章）</translation>
        </message>
        <message>
            <source>named person</source>
            <translation>个人（实名）</translation>
        </message>
        <message>
            <source>not accepted</source>
            <translation>不予受理</translation>
        </message>
        <message>
            <source>awaiting decision</source>
            <translation>待裁定</translation>
        </message>
        <message>
            <source>upheld</source>
            <translation>成立</translation>
        </message>
        <message>
            <source>not upheld</source>
            <translation>不成立</translation>
        </message>
        <message>
            <source>decided</source>
            <translation>已裁定</translation>
        </message>
        <message>
            <source>the whole list</source>
            <translation>整个名单</translation>
        </message>
        <message numerus="yes">
            <source>%n objections, {pending} awaiting a decision</source>
            <translation>
                <numerusform>异议 %n 件，待裁定 {pending} 件</numerusform>
            </translation>
        </message>
        <message>
            <source>No objection registered.</source>
            <translation>尚无登记的异议。</translation>
        </message>
        <message numerus="yes">
            <source>Named by {number} on {day}: %n communities.</source>
            <translation>
                <numerusform>已于 {day} 以 {number} 命名：%n 个社区。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not named yet.</source>
            <translation>尚未命名。</translation>
        </message>
        <message>
            <source>No public notice yet: create one with New notice….</source>
            <translation>尚无公示：请用“新建公示…”创建。</translation>
        </message>
        <message>
            <source>Close notice</source>
            <translation>结束公示</translation>
        </message>
        <message>
            <source>Close “{title}”? No objection can be registered against it afterwards.</source>
            <translation>结束“{title}”？结束后不能再登记对它的异议。</translation>
        </message>
        <message>
            <source>Folder for the notice's files</source>
            <translation>公示文件的保存文件夹</translation>
        </message>
        <message>
            <source>Wrote {files} to {folder}.</source>
            <translation>已将 {files} 写入 {folder}。</translation>
        </message>
    </context>
    <context>
        <name>ObjectionDialog</name>
        <message>
            <source>Register an objection</source>
            <translation>登记异议</translation>
        </message>
        <message>
            <source>A unit (with its seal)</source>
            <translation>单位（加盖公章）</translation>
        </message>
        <message>
            <source>A named person</source>
            <translation>个人（署真实姓名）</translation>
        </message>
        <message>
            <source>The written objection carries the unit's seal</source>
            <translation>书面材料已加盖单位公章</translation>
        </message>
        <message>
            <source>The list as a whole</source>
            <translation>整个名单</translation>
        </message>
        <message>
            <source>&amp;Objector:</source>
            <translation>反映人(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称/姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;ID number:</source>
            <translation>身份证号码(&amp;I)：</translation>
        </message>
        <message>
            <source>C&amp;ontact:</source>
            <translation>联系方式(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Concerns:</source>
            <translation>涉及(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Received on:</source>
            <translation>收到日期(&amp;R)：</translation>
        </message>
        <message>
            <source>Con&amp;tent:</source>
            <translation>反映内容(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Attachments:</source>
            <translation>附件(&amp;A)：</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>登记</translation>
        </message>
        <message>
            <source>{title}: objections taken from {start} to {end}</source>
            <translation>{title}：{start} 至 {end} 受理异议</translation>
        </message>
        <message>
            <source>Add &amp;files…</source>
            <translation>添加文件(&amp;F)…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>移除(&amp;M)</translation>
        </message>
        <message>
            <source>Files received with the objection</source>
            <translation>随异议收到的文件</translation>
        </message>
        <message>
            <source>Objection not accepted</source>
            <translation>异议不予受理</translation>
        </message>
        <message>
            <source>The objection is not accepted: {reason}.

It is kept in the register as refused, with this reason; it cannot be decided and changes nothing on the notice.</source>
            <translation>该异议不予受理：{reason}。

它以“不予受理”及此理由记入异议登记，不能裁定，对公示不产生影响。</translation>
        </message>
    </context>
    <context>
        <name>OpenKitDialog</name>
        <message>
            <source>Open scoring kit</source>
            <translation>打开评分包</translation>
        </message>
        <message>
            <source>Scoring kits (*.gdkit *.gdkit.001);;All files (*)</source>
            <translation>评分包 (*.gdkit *.gdkit.001);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Enter the 评分码 the office gave you separately (by phone or in person). The kit opens only with it.</source>
            <translation>请输入办公室另行（电话或当面）告知的评分码。只有凭此码才能打开评分包。</translation>
        </message>
        <message>
            <source>Kit:</source>
            <translation>评分包：</translation>
        </message>
        <message>
            <source>Scoring code (评分码):</source>
            <translation>评分码：</translation>
        </message>
    </context>
    <context>
        <name>Package</name>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>{time} (file time, not a capture time)</source>
            <translation>{time}（文件时间，不是拍摄时间）</translation>
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
            <source>, {count} pages</source>
            <translation>，共 {count} 页</translation>
        </message>
        <message>
            <source>Item {number} · file {name} ({kind}{pages}) · SHA-256 {sha256}</source>
            <translation>第 {number} 条 · 文件 {name}（{kind}{pages}）· SHA-256 {sha256}</translation>
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
            <source>Of them out of scope (not counted above)</source>
            <translation>其中不在创建范围的社区（以上各数不计入）</translation>
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
            <source>Different key: {file} names the signing key {detail}, but the package was signed by another key (re-signed).</source>
            <translation>公钥不同：{file} 写明的签名公钥为 {detail}，但该包由另一把密钥签名（已被重新签名）。</translation>
        </message>
        <message>
            <source>{file} does not name the signing key (GreenDesk-Signing-Key-SHA256).</source>
            <translation>{file} 未写明签名公钥（GreenDesk-Signing-Key-SHA256）。</translation>
        </message>
        <message>
            <source>Refused: the folder entry {file} carries data ({detail} bytes); folder entries are empty.</source>
            <translation>已拒绝：文件夹条目 {file} 含有数据（{detail} 字节）；文件夹条目应为空。</translation>
        </message>
        <message>
            <source>{file} gives no valid Payload-Oxum, so the package's size cannot be bounded: its files were not checked.</source>
            <translation>{file} 没有有效的 Payload-Oxum，无法限定包的大小：未校验其中的文件。</translation>
        </message>
        <message>
            <source>Refused without unpacking: the entries of {file} declare {detail} bytes, more than the Payload-Oxum in bag-info.txt allows.</source>
            <translation>未解压即拒绝：{file} 中的条目声明共 {detail} 字节，超过 bag-info.txt 中 Payload-Oxum 允许的大小。</translation>
        </message>
        <message>
            <source>Refused: reading {file} went past the size the package declares; checking stopped.</source>
            <translation>已拒绝：读取 {file} 时超出了包声明的大小，校验已停止。</translation>
        </message>
        <message>
            <source>Unknown key: the package was signed by {detail}, which is not in the trust store.</source>
            <translation>未知密钥：该包由指纹为 {detail} 的密钥签名，该密钥不在受信任密钥库中。</translation>
        </message>
        <message>
            <source>Wrong district: the signing key is registered for district {detail}, but {file} names another district.</source>
            <translation>区不符：该签名密钥登记的是区划 {detail}，但 {file} 写明的是另一个区。</translation>
        </message>
        <message>
            <source>{file} records no audit log head (GreenDesk-Audit-Head) to compare with the workspace.</source>
            <translation>{file} 未记录审计日志链头（GreenDesk-Audit-Head），无法与工作区比对。</translation>
        </message>
        <message>
            <source>The audit log head {detail} recorded in the package is not an intact entry of the workspace's audit log: the log was cut short or rewritten since the export, or the package is from another workspace.</source>
            <translation>包中记录的审计日志链头 {detail} 不是该工作区审计日志中完好的一条：导出后日志被截短或改写，或该包来自另一个工作区。</translation>
        </message>
        <message>
            <source>The package records {detail} audit entries up to its head, but the workspace's log holds a different number up to that entry.</source>
            <translation>包中记录截至链头共有 {detail} 条审计记录，但工作区日志截至该条的记录数不同。</translation>
        </message>
        <message>
            <source>{file}: the package was made by a newer GreenDesk (format {detail}); update GreenDesk to read it.</source>
            <translation>{file}：此材料包由更新版本的 GreenDesk 制作（格式 {detail}）；请更新 GreenDesk 后再读取。</translation>
        </message>
        <message>
            <source>{file} names an unknown package format or kind: {detail}.</source>
            <translation>{file} 写明的材料包格式或类型无法识别：{detail}。</translation>
        </message>
        <message>
            <source>Missing: {file} is not listed in the manifest of a format 2 package.</source>
            <translation>缺少：格式 2 的材料包清单中没有 {file}。</translation>
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
        <name>PanelFileActions</name>
        <message>
            <source>&amp;Kits, sheets and documents</source>
            <translation>评分包、评分表与文书(&amp;K)</translation>
        </message>
        <message>
            <source>Export a scoring kit…</source>
            <translation>导出评分包…</translation>
        </message>
        <message>
            <source>Import returned kits…</source>
            <translation>导入评分回执…</translation>
        </message>
        <message>
            <source>Export an Excel scoring sheet…</source>
            <translation>导出Excel评分表…</translation>
        </message>
        <message>
            <source>Import a filled-in scoring sheet…</source>
            <translation>导入已填评分表…</translation>
        </message>
        <message>
            <source>Write the expert opinion forms (专家意见表)…</source>
            <translation>生成专家意见表…</translation>
        </message>
        <message>
            <source>Write the score summary (考核评分情况一览表)…</source>
            <translation>生成考核评分情况一览表…</translation>
        </message>
        <message>
            <source>Choose or create a panel first.</source>
            <translation>请先选择或新建专家组。</translation>
        </message>
        <message>
            <source>The panel has no active expert yet.</source>
            <translation>该专家组尚无在册专家。</translation>
        </message>
        <message>
            <source>Expert:</source>
            <translation>专家：</translation>
        </message>
        <message>
            <source>Folder for the scoring kit</source>
            <translation>评分包保存位置</translation>
        </message>
        <message>
            <source>Kit written to {file}.

The scoring code (评分码) is {code}. It is shown only now: give it to the expert separately (by phone or in person), never with the kit.</source>
            <translation>评分包已保存：{file}。

评分码为 {code}，仅此一次显示：请另行告知专家（电话或当面），切勿与评分包一同发送。</translation>
        </message>
        <message>
            <source>Save the scoring sheet</source>
            <translation>保存评分表</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Scoring sheet written to {file}.</source>
            <translation>评分表已保存：{file}。</translation>
        </message>
        <message>
            <source>Import a scoring sheet</source>
            <translation>导入评分表</translation>
        </message>
        <message>
            <source>{file} was imported before; nothing was added.</source>
            <translation>{file} 此前已导入，未新增内容。</translation>
        </message>
        <message>
            <source>Expert {key} {name}: {recorded} scores recorded, {empty} cells left empty.</source>
            <translation>专家 {key} {name}：记录评分 {recorded} 项，空白 {empty} 格。</translation>
        </message>
        <message>
            <source>Folder for the expert opinion forms</source>
            <translation>专家意见表保存位置</translation>
        </message>
        <message>
            <source>Forms written: {count}, in {folder}.</source>
            <translation>已生成 {count} 份，保存在 {folder}。</translation>
        </message>
        <message>
            <source>Save the score summary</source>
            <translation>保存考核评分情况一览表</translation>
        </message>
        <message>
            <source>Score summary written to {file}.</source>
            <translation>考核评分情况一览表已保存：{file}。</translation>
        </message>
    </context>
    <context>
        <name>PanelScreen</name>
        <message>
            <source>Expert panels</source>
            <translation>专家组</translation>
        </message>
        <message>
            <source>&amp;New panel…</source>
            <translation>新建专家组(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年度(&amp;Y)：</translation>
        </message>
        <message>
            <source>Experts</source>
            <translation>专家</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>分配</translation>
        </message>
        <message>
            <source>Merged scores</source>
            <translation>汇总</translation>
        </message>
        <message>
            <source>{name}
batch {batch} · experts: {experts} · communities: {communities}</source>
            <translation>{name}
第 {batch} 批 · 专家：{experts} · 社区：{communities}</translation>
        </message>
        <message>
            <source>No expert panel for {year} yet</source>
            <translation>{year} 年尚无专家组</translation>
        </message>
        <message>
            <source>Create one with New panel… (administrators).</source>
            <translation>请用“新建专家组…”创建（管理员）。</translation>
        </message>
        <message>
            <source>{year}, batch {batch} · standard {standard} · flagged above a spread of {threshold} points</source>
            <translation>{year} 年第 {batch} 批 · 标准 {standard} · 极差超过 {threshold} 分标记分歧</translation>
        </message>
    </context>
    <context>
        <name>Panels</name>
        <message>
            <source>expert's name</source>
            <translation>专家姓名</translation>
        </message>
        <message>
            <source>Active experts on panel {panel}: {count}; panels usually have {low} to {high}.</source>
            <translation>专家组 {panel} 的在任专家为 {count} 人；专家组通常为 {low} 至 {high} 人。</translation>
        </message>
        <message>
            <source>panel name</source>
            <translation>专家组名称</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>单位</translation>
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
            <source>Turn 90° ↻</source>
            <translation>旋转 90° ↻</translation>
        </message>
        <message>
            <source>The photo's orientation data is wrong: show it turned (the original is not changed)</source>
            <translation>照片的方向信息有误：旋转显示（不改动原件）</translation>
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
            <source>{time} (file time, not a capture time)</source>
            <translation>{time}（文件时间，不是拍摄时间）</translation>
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
            <source>File not matched</source>
            <translation>未匹配的文件</translation>
        </message>
        <message>
            <source>Files whose community or item could not be read (optional):</source>
            <translation>无法识别社区或条目的文件（可选）：</translation>
        </message>
        <message numerus="yes">
            <source>{name} {code}: %n file(s), round {round}</source>
            <translation>
                <numerusform>{name} {code}：%n 个文件，第 {round} 轮</numerusform>
            </translation>
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
            <source>Nothing has been written yet. Check where the files go, assign the files left over, then import.</source>
            <translation>尚未写入任何内容。请核对文件的去向，为剩余文件指定社区和条目，然后导入。</translation>
        </message>
        <message>
            <source>No workbook: the files go to the {year} recommendations already here.</source>
            <translation>没有工作簿：文件将挂接到本工作区已有的{year}年推荐记录。</translation>
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
        <name>PublicityScreen</name>
        <message>
            <source>Public notices and naming</source>
            <translation>公示与命名</translation>
        </message>
        <message>
            <source>Re-checks (复核)</source>
            <translation>复核</translation>
        </message>
    </context>
    <context>
        <name>Queue</name>
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
            <source>Batch</source>
            <translation>批次</translation>
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
            <source>Items decided</source>
            <translation>已审核条数</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>条目数</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>最后修改</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>审核队列</translation>
        </message>
    </context>
    <context>
        <name>Recheck</name>
        <message>
            <source>kept (保持)</source>
            <translation>保持</translation>
        </message>
        <message>
            <source>rectify by a deadline (限期整改)</source>
            <translation>限期整改</translation>
        </message>
        <message>
            <source>revoked (撤销)</source>
            <translation>撤销</translation>
        </message>
    </context>
    <context>
        <name>RechecksTab</name>
        <message>
            <source>random when empty</source>
            <translation>留空则随机</translation>
        </message>
        <message>
            <source>&amp;Draw the sample</source>
            <translation>抽取样本(&amp;D)</translation>
        </message>
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
            <source>Latest outcome</source>
            <translation>最近结果</translation>
        </message>
        <message>
            <source>Rectify by</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>Effective</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>&amp;Record outcome…</source>
            <translation>记录复核结果(&amp;R)…</translation>
        </message>
        <message>
            <source>Re-check &amp;year:</source>
            <translation>复核年度(&amp;Y)：</translation>
        </message>
        <message>
            <source>Sample &amp;size:</source>
            <translation>抽样数量(&amp;S)：</translation>
        </message>
        <message>
            <source>S&amp;eed:</source>
            <translation>随机种子(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Plan:</source>
            <translation>复核计划(&amp;P)：</translation>
        </message>
        <message>
            <source>The sample is drawn from the communities named before the year, from the seed: the same seed over the same communities draws the same sample. A revoked name stops counting in every figure from the day it takes effect.</source>
            <translation>样本从该年度以前已命名的社区中按随机种子抽取：同一种子、同一批社区抽出的样本相同。撤销命名自生效之日起不再计入任何统计。</translation>
        </message>
        <message numerus="yes">
            <source>Plan {id} · seed {seed} · %n sampled</source>
            <translation>
                <numerusform>计划 {id} · 随机种子 {seed} · 抽取 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>No re-check plan for {year} yet.</source>
            <translation>{year} 年尚无复核计划。</translation>
        </message>
        <message numerus="yes">
            <source>Drawn with seed “{seed}” from %n named communities:</source>
            <translation>
                <numerusform>以随机种子“{seed}”从 %n 个已命名社区中抽取：</numerusform>
            </translation>
        </message>
        <message>
            <source>not re-checked yet</source>
            <translation>尚未复核</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Re-checks</source>
            <translation>复核</translation>
        </message>
    </context>
    <context>
        <name>RecordRecheckDialog</name>
        <message>
            <source>Record a re-check</source>
            <translation>记录复核结果</translation>
        </message>
        <message>
            <source>Community:</source>
            <translation>社区：</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>复核结果(&amp;O)：</translation>
        </message>
        <message>
            <source>Rectify &amp;by:</source>
            <translation>整改期限(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Takes effect on:</source>
            <translation>生效日期(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <source>Your &amp;password:</source>
            <translation>您的密码(&amp;P)：</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
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
        <name>Reports</name>
        <message>
            <source>{district} green community creation: quarterly progress ({period})</source>
            <translation>{district}绿色社区创建季度进展情况（{period}）</translation>
        </message>
        <message>
            <source>{district} green community creation: results and work summary {year}</source>
            <translation>{district}{year}年度绿色社区创建成果和总结</translation>
        </message>
        <message>
            <source>{district} green community creation: progress against the targets {year}</source>
            <translation>{district}{year}年绿色社区创建目标完成情况</translation>
        </message>
        <message>
            <source>As of {date}</source>
            <translation>统计截至 {date}</translation>
        </message>
        <message>
            <source>Submitted on {date}</source>
            <translation>已于 {date} 报送</translation>
        </message>
        <message>
            <source>Draft (not submitted), taken on {date}</source>
            <translation>草稿（未报送），生成于 {date}</translation>
        </message>
        <message>
            <source>Audit log chain head at the time of these figures: {head}</source>
            <translation>本报表数据对应的审计日志链头：{head}</translation>
        </message>
        <message>
            <source>In-scope communities</source>
            <translation>纳入创建范围的社区</translation>
        </message>
        <message>
            <source>Communities out of scope (not counted)</source>
            <translation>不在创建范围的社区（不计入）</translation>
        </message>
        <message>
            <source>Communities passed (cumulative)</source>
            <translation>累计通过社区</translation>
        </message>
        <message>
            <source>Of the year's recommendations passed</source>
            <translation>其中本年度推荐社区达到创建要求</translation>
        </message>
        <message>
            <source>Share passed (%)</source>
            <translation>通过比例（%）</translation>
        </message>
        <message>
            <source>Year's target share (%)</source>
            <translation>年度目标比例（%）</translation>
        </message>
        <message>
            <source>Communities required by the target</source>
            <translation>年度目标要求社区数</translation>
        </message>
        <message>
            <source>Still to pass to reach the target</source>
            <translation>距年度目标尚差</translation>
        </message>
        <message>
            <source>Pilots required per street (minimum)</source>
            <translation>每个街道最少试点数</translation>
        </message>
        <message>
            <source>Streets below the pilot minimum</source>
            <translation>低于试点最低数的街道</translation>
        </message>
        <message>
            <source>Days left to the next deadline</source>
            <translation>距下一个截止日期天数</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>下一个截止日期</translation>
        </message>
        <message>
            <source>Quarterly progress report {period}</source>
            <translation>{period} 季度进展情况</translation>
        </message>
        <message>
            <source>Annual results and work summary {period}</source>
            <translation>{period} 年度创建成果和总结</translation>
        </message>
        <message>
            <source>Street code</source>
            <translation>街道代码</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>街道</translation>
        </message>
        <message>
            <source>In scope</source>
            <translation>纳入范围</translation>
        </message>
        <message>
            <source>Required by target</source>
            <translation>目标要求</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>未开始审核</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>审核中</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>退回整改</translation>
        </message>
        <message>
            <source>Passed this year</source>
            <translation>本年通过</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>不通过</translation>
        </message>
        <message>
            <source>Passed (cumulative)</source>
            <translation>累计通过</translation>
        </message>
        <message>
            <source>Below pilot minimum</source>
            <translation>低于试点最低数</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>标准条目</translation>
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
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Community code</source>
            <translation>社区代码</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Year recommended</source>
            <translation>推荐年度</translation>
        </message>
        <message>
            <source>Passed on</source>
            <translation>通过日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>推荐数</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概况</translation>
        </message>
        <message>
            <source>Streets</source>
            <translation>街道</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>标准条目</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Passed communities</source>
            <translation>通过社区</translation>
        </message>
        <message>
            <source>Work summary</source>
            <translation>工作总结</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>主要指标</translation>
        </message>
        <message>
            <source>Recommendations of the year by status</source>
            <translation>本年推荐社区审核状态</translation>
        </message>
        <message>
            <source>Progress by street</source>
            <translation>各街道进展</translation>
        </message>
        <message>
            <source>Outcome by item (current round)</source>
            <translation>各标准条目审核结果（当前轮次）</translation>
        </message>
        <message>
            <source>Share of in-scope communities passed over time</source>
            <translation>纳入范围社区累计通过比例</translation>
        </message>
        <message>
            <source>Communities passed</source>
            <translation>通过社区名单</translation>
        </message>
        <message>
            <source>District total</source>
            <translation>全区合计</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Item {number}</source>
            <translation>第 {number} 条</translation>
        </message>
        <message>
            <source>{year} target {share}%</source>
            <translation>{year} 年目标 {share}%</translation>
        </message>
        <message>
            <source>Pilot minimum ({count})</source>
            <translation>试点最低数（{count}）</translation>
        </message>
        <message>
            <source>(no work summary written yet)</source>
            <translation>（尚未填写工作总结）</translation>
        </message>
        <message>
            <source>Quarterly progress report</source>
            <translation>季度进展情况</translation>
        </message>
        <message>
            <source>Annual results and work summary</source>
            <translation>年度创建成果和总结</translation>
        </message>
        <message>
            <source>Reporting unit:</source>
            <translation>填报单位：</translation>
        </message>
        <message>
            <source>Filled in by:</source>
            <translation>填报人：</translation>
        </message>
        <message>
            <source>Contact phone:</source>
            <translation>联系电话：</translation>
        </message>
        <message>
            <source>Date filled in:</source>
            <translation>填报日期：</translation>
        </message>
        <message>
            <source>Pilots started</source>
            <translation>启动试点</translation>
        </message>
    </context>
    <context>
        <name>ReportsScreen</name>
        <message>
            <source>Quarter {number}</source>
            <translation>第 {number} 季度</translation>
        </message>
        <message>
            <source>Take quarterly snapshot</source>
            <translation>生成季度进展快照</translation>
        </message>
        <message>
            <source>Take annual summary snapshot</source>
            <translation>生成年度总结快照</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>报告</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>统计截至</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>已通过</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>报送时间</translation>
        </message>
        <message>
            <source>Work summary: what was done, results, problems, next steps (printed in the report).</source>
            <translation>工作总结：开展情况、取得成效、存在问题、下一步计划（将打印在报告中）。</translation>
        </message>
        <message>
            <source>Save work summary</source>
            <translation>保存工作总结</translation>
        </message>
        <message>
            <source>Mark as submitted…</source>
            <translation>标记为已报送…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <source>Export report package…</source>
            <translation>导出报送材料包…</translation>
        </message>
        <message>
            <source>The submitted report as a signed package for the municipal commission (its figures inside).</source>
            <translation>将已报送的报告导出为签名材料包，供市住建委导入（含机读数据）。</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Selected report</source>
            <translation>所选报告</translation>
        </message>
        <message>
            <source>{passed} ({share}%)</source>
            <translation>{passed}（{share}%）</translation>
        </message>
        <message>
            <source>Take a snapshot or select one in the list.</source>
            <translation>请生成快照，或在列表中选择一个快照。</translation>
        </message>
        <message>
            <source>Submitted on {date}: frozen, later changes do not alter it.</source>
            <translation>已于 {date} 报送：内容已固定，之后的数据变化不会影响它。</translation>
        </message>
        <message>
            <source>Draft: the work summary can still be edited.</source>
            <translation>草稿：工作总结仍可修改。</translation>
        </message>
        <message>
            <source>Unsaved work summary</source>
            <translation>工作总结未保存</translation>
        </message>
        <message>
            <source>The work summary of report {id} ({period}) has changes that are not saved. Save them?</source>
            <translation>报告 {id}（{period}）的工作总结有未保存的修改。是否保存？</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报告</translation>
        </message>
        <message>
            <source>Snapshot {id} of {period} taken.</source>
            <translation>已生成 {period} 的快照 {id}。</translation>
        </message>
        <message>
            <source>Mark as submitted</source>
            <translation>标记为已报送</translation>
        </message>
        <message>
            <source>Once submitted, this report can no longer change. Mark it as submitted?</source>
            <translation>报送后该报告将不能再修改。确定标记为已报送吗？</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>导出报告</translation>
        </message>
        <message>
            <source>Folder for the report package</source>
            <translation>报送材料包的保存文件夹</translation>
        </message>
        <message>
            <source>Report package written to {file}</source>
            <translation>报送材料包已写入 {file}</translation>
        </message>
        <message>
            <source>Report written to {file}</source>
            <translation>报告已写入 {file}</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset the password of {account}</source>
            <translation>重置 {account} 的密码</translation>
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
        <message>
            <source>{photo}: {taken} is the file's modification time, not a capture time</source>
            <translation>{photo}：{taken} 是文件的修改时间，不是拍摄时间</translation>
        </message>
        <message>
            <source>{photo}: its EXIF data is damaged or cut short (what it says may be incomplete)</source>
            <translation>{photo}：EXIF 数据已损坏或不完整（所记信息可能缺失）</translation>
        </message>
        <message>
            <source>{photo}: its EXIF capture time is not a valid date</source>
            <translation>{photo}：EXIF 拍摄时间不是有效日期</translation>
        </message>
        <message>
            <source>{photo}: its GPS position is invalid and was ignored</source>
            <translation>{photo}：GPS 位置无效，已忽略</translation>
        </message>
        <message>
            <source>{photo}: its orientation value is invalid (shown as stored)</source>
            <translation>{photo}：方向值无效（按存储原样显示）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Item {item} is marked as met, but it has no evidence attached.</source>
            <translation>第 {item} 条已标为符合，但没有任何佐证材料。</translation>
        </message>
        <message>
            <source>Return for rework: {count} item(s) (items {items})</source>
            <translation>退回整改：{count} 条（第{items}条）</translation>
        </message>
        <message>
            <source>Not possible yet: items {items} are not decided.</source>
            <translation>暂不能操作：第{items}条尚未审核。</translation>
        </message>
        <message>
            <source>Round {round} ends: the community meets the standard (ready for sign-off).</source>
            <translation>第 {round} 轮结束：符合创建标准（可签发确认）。</translation>
        </message>
        <message>
            <source>Round {round} ends: the community does not meet the standard.</source>
            <translation>第 {round} 轮结束：不符合创建标准。</translation>
        </message>
        <message>
            <source>{outcome}: {count} item(s) (items {items})</source>
            <translation>{outcome}：{count} 条（第{items}条）</translation>
        </message>
        <message>
            <source>Round {round} begins: {count} item(s) to decide again (items {items}); {carried} passed item(s) carry over.</source>
            <translation>第 {round} 轮开始：需重新审核 {count} 条（第{items}条）；{carried} 条已符合的结果沿用。</translation>
        </message>
        <message>
            <source>Sign off {name} ({code}) for {year}: the review is locked until an approver unlocks it.</source>
            <translation>签发确认 {name}（{code}）{year} 年度审核：签发后锁定，须审批人解锁方可修改。</translation>
        </message>
    </context>
    <context>
        <name>ReviewController</name>
        <message>
            <source>Needs an account with the approver role.</source>
            <translation>需要具有审批人角色的账号。</translation>
        </message>
        <message>
            <source>Every item is decided.</source>
            <translation>所有条目均已审核。</translation>
        </message>
        <message>
            <source>No more communities in the queue this way.</source>
            <translation>审核队列中此方向已没有社区。</translation>
        </message>
        <message>
            <source>Note saved.</source>
            <translation>备注已保存。</translation>
        </message>
        <message>
            <source>Go ahead?</source>
            <translation>确定执行吗？</translation>
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
            <translation>整改后重新提交</translation>
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
    </context>
    <context>
        <name>ReviewItemModel</name>
        <message>
            <source>Not decided</source>
            <translation>未审核</translation>
        </message>
        <message>
            <source>{symbol} Item {number}{gating}: {text}{flags}</source>
            <translation>{symbol} 第{number}条{gating}：{text}{flags}</translation>
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
        <message>
            <source> · due {day}</source>
            <translation> · 整改期限 {day}</translation>
        </message>
        <message>
            <source> · overdue</source>
            <translation> · 已逾期</translation>
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
            <source>Export to Excel…</source>
            <translation>导出为 Excel…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>No community is waiting for review yet. Start by importing a street's package.</source>
            <translation>还没有待审核的社区。请先导入街道材料包。</translation>
        </message>
        <message>
            <source>Import the first street package…</source>
            <translation>导入第一个街道材料包…</translation>
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
        <message numerus="yes">
            <source>%n communities</source>
            <translation>
                <numerusform>%n 个社区</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signed off</source>
            <translation>
                <numerusform>%n 个已签发</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} items decided</source>
            <translation>
                <numerusform>已审核 %n / {total} 条</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message numerus="yes">
            <source>Finish round (%n)</source>
            <translation>
                <numerusform>完成本轮审核（%n）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Return for rework (%n)</source>
            <translation>
                <numerusform>退回整改（%n）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sign off (%n)…</source>
            <translation>
                <numerusform>签发（%n）…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set rework deadline (%n)…</source>
            <translation>
                <numerusform>设定整改期限（%n）…</numerusform>
            </translation>
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
            <source>Rework deadline</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>签发</translation>
        </message>
        <message numerus="yes">
            <source>%n done</source>
            <translation>
                <numerusform>%n 个已完成</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused:</source>
            <translation>
                <numerusform>%n 个被拒绝：</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the queue</source>
            <translation>导出审核队列</translation>
        </message>
        <message>
            <source>Review queue.xlsx</source>
            <translation>审核队列.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Print the queue</source>
            <translation>打印审核队列</translation>
        </message>
        <message>
            <source>Queue sent to the printer.</source>
            <translation>审核队列已发送到打印机。</translation>
        </message>
        <message>
            <source>Queue saved: {file}</source>
            <translation>审核队列已保存：{file}</translation>
        </message>
    </context>
    <context>
        <name>ReviewScreenView</name>
        <message>
            <source>Open a community from the review queue (double-click or Enter) to review it here.</source>
            <translation>在审核队列中双击社区（或按回车）即可在此逐条审核。</translation>
        </message>
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
            <source>Undo (Ctrl+Z)</source>
            <translation>撤销 (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undo the last decision of this round (recorded)</source>
            <translation>撤销本轮上一次审核结论（留有记录）</translation>
        </message>
        <message>
            <source>Clear decision</source>
            <translation>清除结论</translation>
        </message>
        <message>
            <source>Make this item undecided again (recorded)</source>
            <translation>将本条恢复为未审核（留有记录）</translation>
        </message>
        <message>
            <source>Next undecided (N)</source>
            <translation>下一未审核条目 (N)</translation>
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
            <source>◀ Previous community (Ctrl+PgUp)</source>
            <translation>◀ 上一个社区 (Ctrl+PgUp)</translation>
        </message>
        <message>
            <source>Next community ▶ (Ctrl+PgDown)</source>
            <translation>下一个社区 ▶ (Ctrl+PgDown)</translation>
        </message>
        <message>
            <source>Notes on this community (kept with the recommendation)</source>
            <translation>本社区备注（随推荐记录保存）</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>保存备注</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ReviewTexts</name>
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
            <source>Round {round}: {outcome} — {comment}</source>
            <translation>第 {round} 轮：{outcome} — {comment}</translation>
        </message>
        <message>
            <source>Earlier rounds (read-only):</source>
            <translation>以往轮次（只读）：</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>未审核</translation>
        </message>
        <message>
            <source>Met in an earlier round (carried over)</source>
            <translation>前一轮已符合（沿用）</translation>
        </message>
        <message>
            <source>{outcome} · {user} · {time}</source>
            <translation>{outcome} · {user} · {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) for item {number} — drop or paste photos here to attach</source>
            <translation>
                <numerusform>第 {number} 条共 %n 张照片 — 可拖入或粘贴照片添加</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReworkNotice</name>
        <message>
            <source>Green Community Creation: Rework Notice</source>
            <translation>绿色社区创建整改通知</translation>
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
            <source>Audit log chain head: {head}</source>
            <translation>审计日志链头：{head}</translation>
        </message>
    </context>
    <context>
        <name>RuleScoresBox</name>
        <message>
            <source>Score by the standard's rules</source>
            <translation>按评分标准打分</translation>
        </message>
        <message>
            <source>Record the score as the decision</source>
            <translation>按得分记录审核结论</translation>
        </message>
        <message>
            <source>Running total {total} of {max} · pass mark {mark}</source>
            <translation>累计得分 {total} / {max} 分 · 合格线 {mark} 分</translation>
        </message>
        <message>
            <source>Fails: vetoed by item(s) {items}</source>
            <translation>不通过：第 {items} 项一票否决</translation>
        </message>
        <message numerus="yes">
            <source>%n items not scored yet</source>
            <translation>
                <numerusform>尚有 %n 项未评分</numerusform>
            </translation>
        </message>
        <message>
            <source>Passes: tier {tier}</source>
            <translation>通过：{tier}</translation>
        </message>
        <message>
            <source>Passes</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>Fails: below the pass mark</source>
            <translation>不通过：低于合格线</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <source>Scoring rules</source>
            <translation>评分规则</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>标识</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>分值</translation>
        </message>
        <message>
            <source>Add &amp;rule</source>
            <translation>添加规则(&amp;R)</translation>
        </message>
        <message>
            <source>Remove rule</source>
            <translation>删除规则</translation>
        </message>
        <message>
            <source>Rule id:</source>
            <translation>规则标识：</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <source>Fixed deduction if absent</source>
            <translation>未达到扣固定分</translation>
        </message>
        <message>
            <source>Deduction within a range</source>
            <translation>依程度在范围内扣分</translation>
        </message>
        <message>
            <source>Deduction per missing sub-point</source>
            <translation>缺一项扣分</translation>
        </message>
        <message>
            <source>Deduction per occurrence (floor 0)</source>
            <translation>发现一处扣分（扣完为止）</translation>
        </message>
        <message>
            <source>Part awarded when met</source>
            <translation>达到即得分（分项）</translation>
        </message>
        <message>
            <source>Bonus per unit, capped</source>
            <translation>每增加一个加分（封顶）</translation>
        </message>
        <message>
            <source>No points unless met</source>
            <translation>未达到不得分</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>分值</translation>
        </message>
        <message>
            <source>Points each</source>
            <translation>每项分值</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>最少扣</translation>
        </message>
        <message>
            <source>At most</source>
            <translation>最多扣</translation>
        </message>
        <message>
            <source>Cap</source>
            <translation>上限</translation>
        </message>
        <message>
            <source>Sub-points (one a line)</source>
            <translation>分项（每行一项）</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}：</translation>
        </message>
    </context>
    <context>
        <name>SampleDialog</name>
        <message>
            <source>Spot-check sample {year}</source>
            <translation>{year}年抽查</translation>
        </message>
        <message>
            <source>empty: a new random seed</source>
            <translation>留空：使用新的随机种子</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>抽取</translation>
        </message>
        <message>
            <source>Save work list…</source>
            <translation>保存工作清单…</translation>
        </message>
        <message>
            <source>Communities to check</source>
            <translation>抽查社区数</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>种子</translation>
        </message>
        <message>
            <source>Spot-check sample</source>
            <translation>抽查</translation>
        </message>
        <message>
            <source>{count} of {population} passed communities drawn with seed {seed}</source>
            <translation>以种子 {seed} 从 {population} 个达标社区中抽取 {count} 个</translation>
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
            <source>Code</source>
            <translation>社区代码</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区名称</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Save work list</source>
            <translation>保存工作清单</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>Scoring</name>
        <message>
            <source>{label}: no points</source>
            <translation>{label}，不得分</translation>
        </message>
        <message>
            <source>{label}: no points earned</source>
            <translation>{label}，未得分</translation>
        </message>
        <message>
            <source>{label}: nothing deducted</source>
            <translation>{label}，不扣分</translation>
        </message>
        <message>
            <source>{label}: minus {points} points</source>
            <translation>{label}扣{points}分</translation>
        </message>
        <message>
            <source>{label}: plus {points} points</source>
            <translation>{label}，得{points}分</translation>
        </message>
        <message>
            <source>Vetoed (一票否决)</source>
            <translation>一票否决</translation>
        </message>
        <message>
            <source>The item keeps no points.</source>
            <translation>本项不得分。</translation>
        </message>
    </context>
    <context>
        <name>SetActiveDialog</name>
        <message>
            <source>Enable the account {account}</source>
            <translation>启用账号 {account}</translation>
        </message>
        <message>
            <source>{account} can sign in again.</source>
            <translation>{account} 将可以重新登录。</translation>
        </message>
        <message>
            <source>Disable the account {account}</source>
            <translation>停用账号 {account}</translation>
        </message>
        <message>
            <source>{account} can no longer sign in. What the account did stays in the record.</source>
            <translation>{account} 将无法再登录。该账号做过的操作仍保留在记录中。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>界面语言：</translation>
        </message>
        <message>
            <source>Lock the window after no use for:</source>
            <translation>无操作多久后锁定窗口：</translation>
        </message>
        <message>
            <source>The choice is remembered for this workspace folder. Documents (PDF and Excel) are always in Simplified Chinese.</source>
            <translation>此选择会保存在本工作区文件夹中。文件（PDF 和 Excel）始终使用简体中文。</translation>
        </message>
        <message>
            <source>Issuing office (printed on documents)</source>
            <translation>发文机关（印在文件上）</translation>
        </message>
        <message>
            <source>Issuing organ (full name):</source>
            <translation>发文机关全称：</translation>
        </message>
        <message>
            <source>Contact person:</source>
            <translation>联系人：</translation>
        </message>
        <message>
            <source>Telephone:</source>
            <translation>联系电话：</translation>
        </message>
        <message>
            <source>Document-number prefix:</source>
            <translation>发文字号前缀：</translation>
        </message>
        <message>
            <source>Signed by (reports to the municipal commission):</source>
            <translation>签发人（报送市住建委的报告）：</translation>
        </message>
        <message>
            <source>Only an administrator can change the office's details.</source>
            <translation>只有管理员可以修改发文机关信息。</translation>
        </message>
        <message>
            <source>Fonts documents use</source>
            <translation>文件所用字体</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Font file</source>
            <translation>字体文件</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>ShareChart</name>
        <message numerus="yes">
            <source>{date}: %n passed ({share}%)</source>
            <translation>
                <numerusform>{date}：%n 个已通过（{share}%）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>全局</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>审核队列</translation>
        </message>
        <message>
            <source>Review screen</source>
            <translation>审核界面</translation>
        </message>
        <message>
            <source>Review screen, item list</source>
            <translation>审核界面（条目列表）</translation>
        </message>
        <message>
            <source>Review screen, evidence files</source>
            <translation>审核界面（佐证材料）</translation>
        </message>
        <message>
            <source>Standard editor</source>
            <translation>标准编辑器</translation>
        </message>
        <message>
            <source>Show this list of shortcuts</source>
            <translation>显示本快捷键列表</translation>
        </message>
        <message>
            <source>Import street recommendations</source>
            <translation>导入街道推荐材料</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Open the selected community</source>
            <translation>打开所选社区</translation>
        </message>
        <message>
            <source>Find a community</source>
            <translation>查找社区</translation>
        </message>
        <message>
            <source>Print the queue as shown</source>
            <translation>打印当前显示的队列</translation>
        </message>
        <message>
            <source>Export the queue to Excel</source>
            <translation>将队列导出为 Excel</translation>
        </message>
        <message>
            <source>Decide: meets</source>
            <translation>判定：符合</translation>
        </message>
        <message>
            <source>Decide: does not meet</source>
            <translation>判定：不符合</translation>
        </message>
        <message>
            <source>Decide: more material needed</source>
            <translation>判定：需补充材料</translation>
        </message>
        <message>
            <source>Undo the last decision</source>
            <translation>撤销上一次判定</translation>
        </message>
        <message>
            <source>Find an item</source>
            <translation>查找条目</translation>
        </message>
        <message>
            <source>Next community</source>
            <translation>下一个社区</translation>
        </message>
        <message>
            <source>Previous community</source>
            <translation>上一个社区</translation>
        </message>
        <message>
            <source>Leave the find box</source>
            <translation>退出查找框</translation>
        </message>
        <message>
            <source>Meets, then the next item</source>
            <translation>符合，并转到下一条</translation>
        </message>
        <message>
            <source>Does not meet, then the next item</source>
            <translation>不符合，并转到下一条</translation>
        </message>
        <message>
            <source>More material needed, then the next item</source>
            <translation>需补充材料，并转到下一条</translation>
        </message>
        <message>
            <source>Next undecided item</source>
            <translation>下一条未审核条目</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>下一条</translation>
        </message>
        <message>
            <source>Open the selected file</source>
            <translation>打开所选文件</translation>
        </message>
        <message>
            <source>Attach a pasted image</source>
            <translation>附加粘贴的图片</translation>
        </message>
        <message>
            <source>Save a new version of the standard</source>
            <translation>把标准保存为新版本</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>作用</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to GreenDesk</source>
            <translation>登录绿色社区审核台</translation>
        </message>
        <message>
            <source>Workspace of {district} ({code}). Sign in with your account.</source>
            <translation>{district}（{code}）工作区。请用您的账号登录。</translation>
        </message>
        <message>
            <source>Account name:</source>
            <translation>账号：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
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
            <source>Workbooks and archives ({patterns});;All files (*)</source>
            <translation>工作簿和压缩包（{patterns}）;;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>StandardScreen</name>
        <message>
            <source>&amp;Copy into a local edition…</source>
            <translation>复制为本地版本(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <source>Standard:</source>
            <translation>标准：</translation>
        </message>
        <message>
            <source>These standard files are not used until they are fixed:</source>
            <translation>以下标准文件在修正前不会使用：</translation>
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
        <message numerus="yes">
            <source>{number}. {title} (%n item(s))</source>
            <translation>
                <numerusform>{number}. {title}（%n 条）</numerusform>
            </translation>
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
        <message>
            <source>Copy this standard into a local edition of the workspace and edit it</source>
            <translation>把此标准复制为本工作区的本地版本并编辑</translation>
        </message>
        <message>
            <source>Only an administrator can make a local edition.</source>
            <translation>只有管理员可以创建本地版本。</translation>
        </message>
        <message>
            <source>Edit this local edition; each save is a new version</source>
            <translation>编辑此本地版本；每次保存为一个新版本</translation>
        </message>
        <message>
            <source>Shipped standards are not edited: copy one into a local edition first.</source>
            <translation>随软件提供的标准不能直接编辑：请先复制为本地版本。</translation>
        </message>
        <message>
            <source>Local edition {id} saved as {file}.</source>
            <translation>本地版本 {id} 已保存为 {file}。</translation>
        </message>
    </context>
    <context>
        <name>Standards</name>
        <message>
            <source>Document review</source>
            <translation>查阅资料</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>实地查看</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>问卷</translation>
        </message>
    </context>
    <context>
        <name>StandardsEditor</name>
        <message>
            <source>Edit standard — {id}</source>
            <translation>编辑标准 — {id}</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>标题：</translation>
        </message>
        <message>
            <source>Full marks:</source>
            <translation>满分：</translation>
        </message>
        <message>
            <source>Pass mark:</source>
            <translation>及格线：</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Changes against the parent</source>
            <translation>与上级标准的差异(&amp;C)</translation>
        </message>
        <message>
            <source>Save new version</source>
            <translation>保存新版本</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Add &amp;category</source>
            <translation>添加类别(&amp;C)</translation>
        </message>
        <message>
            <source>Add &amp;item</source>
            <translation>添加条目(&amp;I)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>下移(&amp;D)</translation>
        </message>
        <message>
            <source> ({points} points)</source>
            <translation>（{points}分）</translation>
        </message>
        <message>
            <source> [veto]</source>
            <translation> 【否决项】</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>新类别</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>新条目</translation>
        </message>
        <message>
            <source>Edit standard</source>
            <translation>编辑标准</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}：{problem}</translation>
        </message>
        <message>
            <source>Problems ({count})</source>
            <translation>问题（{count}）</translation>
        </message>
        <message>
            <source>No problems: the standard reads as valid</source>
            <translation>没有问题：标准校验通过</translation>
        </message>
        <message>
            <source>Id: {id}</source>
            <translation>标识：{id}</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>第{version}版</translation>
        </message>
        <message>
            <source>derived from {parent}</source>
            <translation>派生自 {parent}</translation>
        </message>
        <message>
            <source>unsaved changes</source>
            <translation>有未保存的修改</translation>
        </message>
        <message>
            <source>Only an administrator can save a standard; {user} is signed in.</source>
            <translation>只有管理员可以保存标准；当前登录的是 {user}。</translation>
        </message>
        <message>
            <source>Fix the problems listed below to save a new version.</source>
            <translation>请先改正下方列出的问题，才能保存新版本。</translation>
        </message>
        <message>
            <source>Saved version {version} as {file}.</source>
            <translation>已保存为第{version}版（{file}）。</translation>
        </message>
        <message>
            <source>Nothing changed: version {version} is current.</source>
            <translation>内容没有变化：第{version}版即为当前版本。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>有未保存的修改</translation>
        </message>
        <message>
            <source>The standard {id} has changes that are not saved. Save them as a new version?</source>
            <translation>标准 {id} 有未保存的修改。是否保存为新版本？</translation>
        </message>
    </context>
    <context>
        <name>StartUp</name>
        <message>
            <source>GreenDesk ran into an unexpected problem: {problem}</source>
            <translation>GreenDesk 遇到了意外问题：{problem}</translation>
        </message>
        <message>
            <source>GreenDesk will close now. Solve the problem above, then start GreenDesk again.</source>
            <translation>GreenDesk 现在将关闭。请先解决上面的问题，再重新启动 GreenDesk。</translation>
        </message>
        <message>
            <source>The details were written to {file}.</source>
            <translation>详细信息已写入 {file}。</translation>
        </message>
        <message>
            <source>GreenDesk cannot start</source>
            <translation>GreenDesk 无法启动</translation>
        </message>
        <message>
            <source>The last action was not completed. GreenDesk goes on; if this happens again, restart it.</source>
            <translation>刚才的操作没有完成。GreenDesk 会继续运行；如果再次出现，请重新启动它。</translation>
        </message>
        <message>
            <source>GreenDesk: something went wrong</source>
            <translation>GreenDesk：出现了问题</translation>
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
            <source>Name revoked</source>
            <translation>撤销命名</translation>
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
        <name>StreetChart</name>
        <message>
            <source>{street}: {recommended} recommended, {review} under review, {returned} returned, {failed} failed, {passed} passed this year; {pilots} passed in all (minimum {minimum}), {in_scope} in scope</source>
            <translation>{street}：推荐 {recommended} 个，审核中 {review} 个，退回整改 {returned} 个，不通过 {failed} 个，本年通过 {passed} 个；累计通过 {pilots} 个（最低 {minimum} 个），纳入范围 {in_scope} 个</translation>
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
    <context>
        <name>TaskPanel</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>已取消，未作任何更改。</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>Export recommendation template</source>
            <translation>导出推荐模板</translation>
        </message>
        <message>
            <source>All streets</source>
            <translation>全部街道</translation>
        </message>
        <message>
            <source>One street's template holds only its communities; all streets make one sheet per community.</source>
            <translation>单个街道的模板只包含该街道的社区；全部街道时每个社区一个工作表。</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>街道</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>保存…</translation>
        </message>
        <message>
            <source>Recommendation template {year}{street}.xlsx</source>
            <translation>推荐模板 {year}{street}.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Template saved: {file}</source>
            <translation>模板已保存：{file}</translation>
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
        <message numerus="yes">
            <source>Valid: all %n file(s) match the signed manifests.
Signed by key {fingerprint}</source>
            <translation>
                <numerusform>校验通过：全部 %n 个文件与已签名清单一致。
签名公钥指纹：{fingerprint}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>NOT valid: %n problem(s) found.</source>
            <translation>
                <numerusform>无效：发现 %n 个问题。</numerusform>
            </translation>
        </message>
        <message>
            <source>The package could not be checked: {reason}</source>
            <translation>无法校验该申报材料包：{reason}</translation>
        </message>
    </context>
    <context>
        <name>VisitRecordDialog</name>
        <message>
            <source>Site visit results: {community}</source>
            <translation>现场核验结果：{community}</translation>
        </message>
        <message>
            <source>{community} ({code}) · {street} · {day} · stop {order} · visit code {visit}</source>
            <translation>{community}（{code}）· {street} · {day} · 第 {order} 站 · 核验编号 {visit}</translation>
        </message>
        <message>
            <source>Items (score)</source>
            <translation>逐条得分</translation>
        </message>
        <message>
            <source>Items (outcome)</source>
            <translation>逐条核验结果</translation>
        </message>
        <message>
            <source> of {points}</source>
            <translation> / {points}</translation>
        </message>
        <message>
            <source>Item {number}</source>
            <translation>第 {number} 条</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>核验情况</translation>
        </message>
        <message>
            <source>听 Hear the report:</source>
            <translation>听（听取汇报）：</translation>
        </message>
        <message>
            <source>查 Check the records:</source>
            <translation>查（查阅资料）：</translation>
        </message>
        <message>
            <source>看 Look on site:</source>
            <translation>看（实地查看）：</translation>
        </message>
        <message>
            <source>问 Ask residents:</source>
            <translation>问（走访询问）：</translation>
        </message>
        <message>
            <source>议 Discuss:</source>
            <translation>议（集体评议）：</translation>
        </message>
        <message>
            <source>Residents' questionnaire</source>
            <translation>居民问卷</translation>
        </message>
        <message>
            <source>Handed out</source>
            <translation>发放</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>回收</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>Basically satisfied</source>
            <translation>基本满意</translation>
        </message>
        <message>
            <source>Dissatisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>Photos and their places</source>
            <translation>照片及拍摄地点</translation>
        </message>
        <message>
            <source>Item of the photos</source>
            <translation>照片所属条目</translation>
        </message>
        <message>
            <source>Add &amp;photos…</source>
            <translation>添加照片(&amp;P)…</translation>
        </message>
        <message>
            <source>Photos and warnings</source>
            <translation>照片和提示</translation>
        </message>
        <message>
            <source>Item {number}: {file} (saved)</source>
            <translation>第 {number} 条：{file}（已保存）</translation>
        </message>
        <message>
            <source>Item {number}: {file} (to be saved)</source>
            <translation>第 {number} 条：{file}（待保存）</translation>
        </message>
        <message>
            <source>The tally adds up.</source>
            <translation>问卷数量相符。</translation>
        </message>
        <message>
            <source>No questionnaire entered.</source>
            <translation>未录入问卷。</translation>
        </message>
        <message>
            <source>Photos taken on site</source>
            <translation>现场拍摄的照片</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.heic *.tif *.tiff);;All files (*)</source>
            <translation>照片 (*.jpg *.jpeg *.png *.heic *.tif *.tiff);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Site visit results</source>
            <translation>现场核验结果</translation>
        </message>
        <message>
            <source>Saved. Check the photos' warnings on the right.</source>
            <translation>已保存。请查看右侧的照片提示。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>Visits</name>
        <message>
            <source>{photo}: no GPS position (where it was taken is not checked)</source>
            <translation>{photo}：没有 GPS 位置（未核对拍摄地点）</translation>
        </message>
        <message>
            <source>{photo}: taken {distance} km from where the community's other evidence photos were taken</source>
            <translation>{photo}：拍摄地点距该社区其他佐证照片的拍摄地点 {distance} 公里</translation>
        </message>
        <message>
            <source>{photo}: taken at {lat}, {lon}, outside the area of {district}</source>
            <translation>{photo}：拍摄于 {lat}, {lon}，在{district}范围之外</translation>
        </message>
    </context>
    <context>
        <name>VisitsScreen</name>
        <message>
            <source>&amp;Add communities…</source>
            <translation>添加社区(&amp;A)…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>站次</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>街道</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Visit code</source>
            <translation>核验编号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>下移(&amp;D)</translation>
        </message>
        <message>
            <source>Move to &amp;day</source>
            <translation>移到该日(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Cancel visit</source>
            <translation>取消核验(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Print the day…</source>
            <translation>打印当天(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Record results…</source>
            <translation>录入结果(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年度(&amp;Y)：</translation>
        </message>
        <message>
            <source>Plan for &amp;day:</source>
            <translation>计划日期(&amp;D)：</translation>
        </message>
        <message>
            <source>Visit days</source>
            <translation>核验日期</translation>
        </message>
        <message>
            <source>A visit records what was found on site; the review's decisions are not changed by it.</source>
            <translation>现场核验只记录现场所见，不改变审核结论。</translation>
        </message>
        <message>
            <source>Site visits</source>
            <translation>现场核验</translation>
        </message>
        <message numerus="yes">
            <source>{day}: %n stop(s)</source>
            <translation>
                <numerusform>{day}：%n 站</numerusform>
            </translation>
        </message>
        <message>
            <source>Route of {day}</source>
            <translation>{day} 的路线</translation>
        </message>
        <message>
            <source>No visit planned yet.</source>
            <translation>尚未计划现场核验。</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>已计划</translation>
        </message>
        <message>
            <source>recorded</source>
            <translation>已录入</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Cancel visit</source>
            <translation>取消核验</translation>
        </message>
        <message>
            <source>Cancel the visit to {community} on {day}?</source>
            <translation>取消 {day} 对{community}的现场核验？</translation>
        </message>
        <message>
            <source>Folder for the route sheet and forms</source>
            <translation>路线单和核验记录的保存文件夹</translation>
        </message>
        <message>
            <source>Wrote the route sheet and {count} forms to {folder}.</source>
            <translation>已将路线单和 {count} 份核验记录保存到 {folder}。</translation>
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
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Checks the database file (its indexes and every text), the audit log against its anchors and the review tables, and every photo, thumbnail and print copy in the store (missing, extra, or changed since it was made).</source>
            <translation>检查数据库文件（含索引和全部文字）、审计日志（对照其锚点和审核数据表），以及照片库中的每张照片、缩略图和打印版（缺失、多余或生成后被改动）。</translation>
        </message>
        <message>
            <source>Information: {text}</source>
            <translation>提示：{text}</translation>
        </message>
        <message>
            <source>No problems found: {entries} and {photos} checked.</source>
            <translation>未发现问题：已检查 {entries}和 {photos}。</translation>
        </message>
        <message numerus="yes">
            <source>%n audit entries</source>
            <translation>
                <numerusform>%n 条审计记录</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n 张照片</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>发现 %n 个问题。</numerusform>
            </translation>
        </message>
        <message>
            <source>The check was stopped before it finished.</source>
            <translation>检查在完成前被中止。</translation>
        </message>
    </context>
    <context>
        <name>_AdministratorAction</name>
        <message>
            <source>Your password ({account}):</source>
            <translation>您的密码（{account}）：</translation>
        </message>
        <message>
            <source>Enter your own password to confirm.</source>
            <translation>请输入您自己的密码以确认。</translation>
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
    <context>
        <name>_RuleControl</name>
        <message>
            <source>missing: {point}</source>
            <translation>缺：{point}</translation>
        </message>
        <message>
            <source> units (at most plus {cap})</source>
            <translation> 处（最多加 {cap} 分）</translation>
        </message>
        <message>
            <source> found</source>
            <translation> 处</translation>
        </message>
        <message>
            <source>found (minus {points})</source>
            <translation>存在此问题（扣 {points} 分）</translation>
        </message>
        <message>
            <source>met (plus {points})</source>
            <translation>已达到（得 {points} 分）</translation>
        </message>
        <message>
            <source>found (the item scores 0)</source>
            <translation>存在此情形（本条不得分）</translation>
        </message>
        <message>
            <source>found, deduct</source>
            <translation>存在问题，扣</translation>
        </message>
        <message>
            <source>({low}–{high})</source>
            <translation>（{low}–{high} 分）</translation>
        </message>
    </context>
</TS>
