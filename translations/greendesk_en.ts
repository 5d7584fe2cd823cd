<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Approver</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Expert</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>New account…</translation>
        </message>
        <message>
            <source>Disable…</source>
            <translation>Disable…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>disabled</translation>
        </message>
        <message>
            <source>set</source>
            <translation>set</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Enable…</source>
            <translation>Enable…</translation>
        </message>
        <message>
            <source>Account created.</source>
            <translation>Account created.</translation>
        </message>
        <message>
            <source>Account enabled.</source>
            <translation>Account enabled.</translation>
        </message>
        <message>
            <source>Account disabled.</source>
            <translation>Account disabled.</translation>
        </message>
        <message>
            <source>Password reset.</source>
            <translation>Password reset.</translation>
        </message>
    </context>
    <context>
        <name>AddCommunitiesDialog</name>
        <message>
            <source>Add communities to the route</source>
            <translation>Add communities to the route</translation>
        </message>
        <message>
            <source>Street / community</source>
            <translation>Street / community</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Planned for</source>
            <translation>Planned for</translation>
        </message>
        <message>
            <source>A community already planned for another day is moved to this day.</source>
            <translation>A community already planned for another day is moved to this day.</translation>
        </message>
    </context>
    <context>
        <name>AddExpertDialog</name>
        <message>
            <source>Add an expert</source>
            <translation>Add an expert</translation>
        </message>
        <message>
            <source>An &amp;account with the expert role</source>
            <translation>An &amp;account with the expert role</translation>
        </message>
        <message>
            <source>An e&amp;xternal expert (no account)</source>
            <translation>An e&amp;xternal expert (no account)</translation>
        </message>
        <message>
            <source>e.g. 区园林绿化局</source>
            <translation>e.g. 区园林绿化局</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Account:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
    </context>
    <context>
        <name>AdministratorForm</name>
        <message>
            <source>Create the administrator account. It holds all three roles (administrator, reviewer, approver) and can add accounts for colleagues later. Everything you do is recorded under this name.</source>
            <translation>Create the administrator account. It holds all three roles (administrator, reviewer, approver) and can add accounts for colleagues later. Everything you do is recorded under this name.</translation>
        </message>
        <message>
            <source>e.g. wangli (no spaces)</source>
            <translation>e.g. wangli (no spaces)</translation>
        </message>
        <message>
            <source>e.g. 王丽 (printed on documents)</source>
            <translation>e.g. 王丽 (printed on documents)</translation>
        </message>
        <message>
            <source>Account name:</source>
            <translation>Account name:</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <source>Enter an account name.</source>
            <translation>Enter an account name.</translation>
        </message>
    </context>
    <context>
        <name>AnalysisPage</name>
        <message>
            <source>Columns</source>
            <translation>Columns</translation>
        </message>
        <message>
            <source>Check how the workbook's columns were understood; change a column and analyse again.</source>
            <translation>Check how the workbook's columns were understood; change a column and analyse again.</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Column in the workbook</source>
            <translation>Column in the workbook</translation>
        </message>
        <message>
            <source>Means</source>
            <translation>Means</translation>
        </message>
        <message>
            <source>Analyse again with this mapping</source>
            <translation>Analyse again with this mapping</translation>
        </message>
        <message>
            <source>(not used)</source>
            <translation>(not used)</translation>
        </message>
        <message>
            <source>Community code</source>
            <translation>Community code</translation>
        </message>
        <message>
            <source>Community name</source>
            <translation>Community name</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>Households under property management</source>
            <translation>Households under property management</translation>
        </message>
        <message>
            <source>Property-management coverage (%)</source>
            <translation>Property-management coverage (%)</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Recommended (yes/no)</source>
            <translation>Recommended (yes/no)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Reading {name}…</translation>
        </message>
        <message>
            <source>{list}.</source>
            <translation>{list}.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n communities matched</source>
            <translation>
                <numerusform>%n community matched</numerusform>
                <numerusform>%n communities matched</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to resolve</source>
            <translation>
                <numerusform>%n problem to resolve</numerusform>
                <numerusform>%n problems to resolve</numerusform>
            </translation>
        </message>
        <message>
            <source>Self-assessment, item {item}</source>
            <translation>Self-assessment, item {item}</translation>
        </message>
    </context>
    <context>
        <name>ApproverDialog</name>
        <message>
            <source>You act as {account}. Enter your password to confirm.</source>
            <translation>You act as {account}. Enter your password to confirm.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>AssignTab</name>
        <message>
            <source>Assignments: communities by experts</source>
            <translation>Assignments: communities by experts</translation>
        </message>
        <message>
            <source>☑ every item   ◩ some items (see the list)   ☐ not assigned — Space ticks or clears a cell.</source>
            <translation>☑ every item   ◩ some items (see the list)   ☐ not assigned — Space ticks or clears a cell.</translation>
        </message>
        <message>
            <source>Choose a cell to see its items.</source>
            <translation>Choose a cell to see its items.</translation>
        </message>
        <message>
            <source>Items of the chosen cell</source>
            <translation>Items of the chosen cell</translation>
        </message>
        <message>
            <source>A&amp;ll</source>
            <translation>A&amp;ll</translation>
        </message>
        <message>
            <source>N&amp;one</source>
            <translation>N&amp;one</translation>
        </message>
        <message>
            <source>&amp;Save items</source>
            <translation>&amp;Save items</translation>
        </message>
        <message>
            <source>Items per expert</source>
            <translation>Items per expert</translation>
        </message>
        <message>
            <source>Items {key} {name} scores for {code}:</source>
            <translation>Items {key} {name} scores for {code}:</translation>
        </message>
        <message>
            <source>{number}. ({points} points) {text}</source>
            <translation>{number}. ({points} points) {text}</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>Assignments</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>daily</source>
            <translation>daily</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>before a database upgrade</source>
            <translation>before a database upgrade</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>before an import</translation>
        </message>
        <message>
            <source>before a round change</source>
            <translation>before a round change</translation>
        </message>
    </context>
    <context>
        <name>BackupTableModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verified</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>GreenDesk backs up the workspace database once a day on start, before every database upgrade and before imports. Each backup is checked after it is written. Restoring a backup moves the current database into the set-aside folder; it is never deleted.</source>
            <translation>GreenDesk backs up the workspace database once a day on start, before every database upgrade and before imports. Each backup is checked after it is written. Restoring a backup moves the current database into the set-aside folder; it is never deleted.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restore…</translation>
        </message>
        <message>
            <source>Check workspace…</source>
            <translation>Check workspace…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>No backups yet.</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backup of {date} written and verified.</source>
            <translation>Backup of {date} written and verified.</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Backup failed</translation>
        </message>
        <message>
            <source>Restore the backup of {date} ({reason})?

Everything changed after that time will no longer be in the workspace. The current database is moved to the set-aside folder, not deleted.</source>
            <translation>Restore the backup of {date} ({reason})?

Everything changed after that time will no longer be in the workspace. The current database is moved to the set-aside folder, not deleted.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <source>Backup of {date} restored. The previous database was kept as {file}.</source>
            <translation>Backup of {date} restored. The previous database was kept as {file}.</translation>
        </message>
        <message>
            <source>GreenDesk</source>
            <translation>GreenDesk</translation>
        </message>
        <message>
            <source>Nothing was restored, and no new workspace is started over this one. The next start offers the backup again.</source>
            <translation>Nothing was restored, and no new workspace is started over this one. The next start offers the backup again.</translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <source>Registry {edition} loaded from {source}: {streets} streets, {added} communities added, {updated} updated.</source>
            <translation>Registry {edition} loaded from {source}: {streets} streets, {added} communities added, {updated} updated.</translation>
        </message>
        <message>
            <source>(out of scope)</source>
            <translation>(out of scope)</translation>
        </message>
        <message>
            <source>{count} communities</source>
            <translation>{count} communities</translation>
        </message>
        <message>
            <source>Workspace created for {district} ({code}) in {folder}</source>
            <translation>Workspace created for {district} ({code}) in {folder}</translation>
        </message>
        <message>
            <source>Demo workspace ready in {folder}</source>
            <translation>Demo workspace ready in {folder}</translation>
        </message>
        <message>
            <source>Accounts: {admin} (administrator), {reviewer} (reviewer), {approver} (approver); password for all: {password}</source>
            <translation>Accounts: {admin} (administrator), {reviewer} (reviewer), {approver} (approver); password for all: {password}</translation>
        </message>
        <message>
            <source>{year} as of {date}: {passed} of {total} in-scope communities passed ({share}%), target {target}% = {required}, {remaining} to go.</source>
            <translation>{year} as of {date}: {passed} of {total} in-scope communities passed ({share}%), target {target}% = {required}, {remaining} to go.</translation>
        </message>
        <message>
            <source>Next deadline: {deadline} ({days} days left).</source>
            <translation>Next deadline: {deadline} ({days} days left).</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>submitted</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>Report {period} (snapshot {id}, {state}) written to {file}</source>
            <translation>Report {period} (snapshot {id}, {state}) written to {file}</translation>
        </message>
        <message>
            <source>Report package written to {path} ({kind} {period}, {size} bytes).</source>
            <translation>Report package written to {path} ({kind} {period}, {size} bytes).</translation>
        </message>
        <message>
            <source>Package written to {path}: {communities} communities, {photos} photos, {size} bytes.</source>
            <translation>Package written to {path}: {communities} communities, {photos} photos, {size} bytes.</translation>
        </message>
        <message>
            <source>Signing key fingerprint: {fingerprint}</source>
            <translation>Signing key fingerprint: {fingerprint}</translation>
        </message>
        <message>
            <source>Valid: {path} ({files} files, signed by key {fingerprint}).</source>
            <translation>Valid: {path} ({files} files, signed by key {fingerprint}).</translation>
        </message>
        <message>
            <source>Package format {format}: {kind} {period}</source>
            <translation>Package format {format}: {kind} {period}</translation>
        </message>
        <message>
            <source>NOT valid: {path} has {count} problem(s):</source>
            <translation>NOT valid: {path} has {count} problem(s):</translation>
        </message>
        <message>
            <source>Rework deadline of {code}: {day}</source>
            <translation>Rework deadline of {code}: {day}</translation>
        </message>
        <message>
            <source>{count} recommendations</source>
            <translation>{count} recommendations</translation>
        </message>
        <message>
            <source>Round {round}: {decided}/{total} items decided</source>
            <translation>Round {round}: {decided}/{total} items decided</translation>
        </message>
        <message>
            <source>(carried over)</source>
            <translation>(carried over)</translation>
        </message>
        <message>
            <source>Result: not complete</source>
            <translation>Result: not complete</translation>
        </message>
        <message>
            <source>Result: meets the standard</source>
            <translation>Result: meets the standard</translation>
        </message>
        <message>
            <source>Result: does not meet the standard</source>
            <translation>Result: does not meet the standard</translation>
        </message>
        <message>
            <source>Failed gating items: {items}</source>
            <translation>Failed gating items: {items}</translation>
        </message>
        <message>
            <source>Score: {score} of {max} (pass mark {mark})</source>
            <translation>Score: {score} of {max} (pass mark {mark})</translation>
        </message>
        <message>
            <source>Item {item}: {outcome}</source>
            <translation>Item {item}: {outcome}</translation>
        </message>
        <message>
            <source>The note is empty.</source>
            <translation>The note is empty.</translation>
        </message>
        <message>
            <source>attached</source>
            <translation>attached</translation>
        </message>
        <message>
            <source>already attached</source>
            <translation>already attached</translation>
        </message>
        <message>
            <source>Item {item}: {count} file(s) attached.</source>
            <translation>Item {item}: {count} file(s) attached.</translation>
        </message>
        <message>
            <source>Returned for rework; items to rework: {items}</source>
            <translation>Returned for rework; items to rework: {items}</translation>
        </message>
        <message>
            <source>Resubmitted: round {round} begins.</source>
            <translation>Resubmitted: round {round} begins.</translation>
        </message>
        <message>
            <source>Signed off by {user}; the review is locked.</source>
            <translation>Signed off by {user}; the review is locked.</translation>
        </message>
        <message>
            <source>Unlocked by {user}.</source>
            <translation>Unlocked by {user}.</translation>
        </message>
        <message>
            <source>Rework notice written to {file}</source>
            <translation>Rework notice written to {file}</translation>
        </message>
        <message>
            <source>Photo {sha256} is shown turned {degrees}° clockwise.</source>
            <translation>Photo {sha256} is shown turned {degrees}° clockwise.</translation>
        </message>
        <message>
            <source>not a date like 2022-09-30: {text}</source>
            <translation>not a date like 2022-09-30: {text}</translation>
        </message>
        <message>
            <source>not a year like 2022: {text}</source>
            <translation>not a year like 2022: {text}</translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>Password: </translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>New password: </translation>
        </message>
        <message>
            <source>New password again: </source>
            <translation>New password again: </translation>
        </message>
        <message>
            <source>Account {user} created with roles {roles}.</source>
            <translation>Account {user} created with roles {roles}.</translation>
        </message>
        <message>
            <source>Password of {user} changed.</source>
            <translation>Password of {user} changed.</translation>
        </message>
        <message>
            <source>Account {user} enabled.</source>
            <translation>Account {user} enabled.</translation>
        </message>
        <message>
            <source>Account {user} disabled.</source>
            <translation>Account {user} disabled.</translation>
        </message>
        <message>
            <source>Backup {id} written and verified ({size}): {file}</source>
            <translation>Backup {id} written and verified ({size}): {file}</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>No backups yet.</translation>
        </message>
        <message>
            <source>Restored backup {id} from {date}.</source>
            <translation>Restored backup {id} from {date}.</translation>
        </message>
        <message>
            <source>The replaced database was moved to {file} (not deleted).</source>
            <translation>The replaced database was moved to {file} (not deleted).</translation>
        </message>
        <message>
            <source>The workspace continues with {file} as it is.</source>
            <translation>The workspace continues with {file} as it is.</translation>
        </message>
        <message>
            <source>No problems found: database intact, {entries} audit entries verified against {anchors} anchors and the review tables, {photos} photos.</source>
            <translation>No problems found: database intact, {entries} audit entries verified against {anchors} anchors and the review tables, {photos} photos.</translation>
        </message>
        <message>
            <source>Remove these {count} files? [y/N] </source>
            <translation>Remove these {count} files? [y/N] </translation>
        </message>
        <message>
            <source>Nothing to repair: the photo store holds no orphan files.</source>
            <translation>Nothing to repair: the photo store holds no orphan files.</translation>
        </message>
        <message>
            <source>Nothing was removed.</source>
            <translation>Nothing was removed.</translation>
        </message>
        <message>
            <source>Removed {count} files from the photo store.</source>
            <translation>Removed {count} files from the photo store.</translation>
        </message>
        <message>
            <source>{source}: {rows} rows, {matched} communities matched, {photos} photos ({photos_matched} matched to an item).</source>
            <translation>{source}: {rows} rows, {matched} communities matched, {photos} photos ({photos_matched} matched to an item).</translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>warning</translation>
        </message>
        <message>
            <source>This package was already imported for {year} batch {batch}; nothing changed.</source>
            <translation>This package was already imported for {year} batch {batch}; nothing changed.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Dry run: nothing was written.</translation>
        </message>
        <message>
            <source>Imported: {created} recommendations created, {updated} updated, {skipped} rows skipped, {attached} photos attached ({added} new in the store).</source>
            <translation>Imported: {created} recommendations created, {updated} updated, {skipped} rows skipped, {attached} photos attached ({added} new in the store).</translation>
        </message>
        <message>
            <source>No workbook: a supplementary package for the {year} recommendations.</source>
            <translation>No workbook: a supplementary package for the {year} recommendations.</translation>
        </message>
        <message>
            <source>{name} {code} item {item}</source>
            <translation>{name} {code} item {item}</translation>
        </message>
        <message>
            <source>round {round}</source>
            <translation>round {round}</translation>
        </message>
        <message>
            <source>Not attached ({count}); assign with --assign "PATH=CODE:ITEM" or --assign-file:</source>
            <translation>Not attached ({count}); assign with --assign "PATH=CODE:ITEM" or --assign-file:</translation>
        </message>
        <message>
            <source>Template written to {file}</source>
            <translation>Template written to {file}</translation>
        </message>
        <message>
            <source>Trusted key {fingerprint} for {code} {name}.</source>
            <translation>Trusted key {fingerprint} for {code} {name}.</translation>
        </message>
        <message>
            <source>No key is trusted yet.</source>
            <translation>No key is trusted yet.</translation>
        </message>
        <message>
            <source>Removed the trusted key {fingerprint} of {code} {name}.</source>
            <translation>Removed the trusted key {fingerprint} of {code} {name}.</translation>
        </message>
        <message>
            <source>Password for {user}: </source>
            <translation>Password for {user}: </translation>
        </message>
        <message>
            <source>skipped (not used until it is fixed):</source>
            <translation>skipped (not used until it is fixed):</translation>
        </message>
        <message>
            <source>Scored: {points} points, pass mark {mark}, {rules} rules, tiers: {tiers}</source>
            <translation>Scored: {points} points, pass mark {mark}, {rules} rules, tiers: {tiers}</translation>
        </message>
        <message>
            <source>Applies to: {years}{batch}</source>
            <translation>Applies to: {years}{batch}</translation>
        </message>
        <message>
            <source>Wrote {file}: {standard}, derived from {parent}</source>
            <translation>Wrote {file}: {standard}, derived from {parent}</translation>
        </message>
        <message>
            <source>standard</source>
            <translation>standard</translation>
        </message>
        <message>
            <source>item {item} rule {rule}</source>
            <translation>item {item} rule {rule}</translation>
        </message>
        <message>
            <source>tier {key}</source>
            <translation>tier {key}</translation>
        </message>
        <message>
            <source>category {key}</source>
            <translation>category {key}</translation>
        </message>
        <message>
            <source>item {key}</source>
            <translation>item {key}</translation>
        </message>
        <message>
            <source>No differences.</source>
            <translation>No differences.</translation>
        </message>
        <message>
            <source>all items</source>
            <translation>all items</translation>
        </message>
        <message>
            <source>Panel {id} {name}: {year} batch {batch}, {standard}, flag spreads above {threshold}</source>
            <translation>Panel {id} {name}: {year} batch {batch}, {standard}, flag spreads above {threshold}</translation>
        </message>
        <message>
            <source>external</source>
            <translation>external</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>inactive</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>passed</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>{code} {name} ({street}): total {total}, {result}{tier}</source>
            <translation>{code} {name} ({street}): total {total}, {result}{tier}</translation>
        </message>
        <message>
            <source>item</source>
            <translation>item</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>mean</translation>
        </message>
        <message>
            <source>spread</source>
            <translation>spread</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>flag</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <source>Panel {id} {name} created.</source>
            <translation>Panel {id} {name} created.</translation>
        </message>
        <message>
            <source>Expert {key} {name} added.</source>
            <translation>Expert {key} {name} added.</translation>
        </message>
        <message>
            <source>Assignments changed: {count}.</source>
            <translation>Assignments changed: {count}.</translation>
        </message>
        <message>
            <source>{key} scored item {item} of {code}: {score} of {points} points.</source>
            <translation>{key} scored item {item} of {code}: {score} of {points} points.</translation>
        </message>
        <message>
            <source>{key} scored item {item} of {code}: {score} of {points} points (unchanged).</source>
            <translation>{key} scored item {item} of {code}: {score} of {points} points (unchanged).</translation>
        </message>
        <message>
            <source>Item {item} of {code} confirmed: {score} (experts' mean {mean}).</source>
            <translation>Item {item} of {code} confirmed: {score} (experts' mean {mean}).</translation>
        </message>
        <message>
            <source>Nothing to confirm: every item is confirmed, flagged or awaits a score.</source>
            <translation>Nothing to confirm: every item is confirmed, flagged or awaits a score.</translation>
        </message>
        <message>
            <source>left out (a program): {community} item {item}: {name}</source>
            <translation>left out (a program): {community} item {item}: {name}</translation>
        </message>
        <message>
            <source>Kit written to {path}: {communities} communities, {files} files.</source>
            <translation>Kit written to {path}: {communities} communities, {files} files.</translation>
        </message>
        <message>
            <source>Checksums of the parts: {path}</source>
            <translation>Checksums of the parts: {path}</translation>
        </message>
        <message>
            <source>评分码 (shown only now; give it to the expert separately, by phone or in person): {code}</source>
            <translation>评分码 (shown only now; give it to the expert separately, by phone or in person): {code}</translation>
        </message>
        <message>
            <source>{file} was imported before: nothing added.</source>
            <translation>{file} was imported before: nothing added.</translation>
        </message>
        <message>
            <source>Imported {file} from expert {expert} ({name}): {items} items, {added} new scores.</source>
            <translation>Imported {file} from expert {expert} ({name}): {items} items, {added} new scores.</translation>
        </message>
        <message>
            <source>Returned kit written to {path}.</source>
            <translation>Returned kit written to {path}.</translation>
        </message>
        <message>
            <source>Scoring sheet written: {file}</source>
            <translation>Scoring sheet written: {file}</translation>
        </message>
        <message>
            <source>{file}: {recorded} scores recorded for {expert} {name}.</source>
            <translation>{file}: {recorded} scores recorded for {expert} {name}.</translation>
        </message>
        <message>
            <source>not scored: sheet '{sheet}', row {row}, item {item} ({code})</source>
            <translation>not scored: sheet '{sheet}', row {row}, item {item} ({code})</translation>
        </message>
        <message>
            <source>Notice {id}: {title}, {start} to {end}; communities listed: {count}</source>
            <translation>Notice {id}: {title}, {start} to {end}; communities listed: {count}</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>No public notice yet.</source>
            <translation>No public notice yet.</translation>
        </message>
        <message>
            <source>Re-check plan {id}, seed {seed}: {sample}</source>
            <translation>Re-check plan {id}, seed {seed}: {sample}</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>No re-check recorded yet.</source>
            <translation>No re-check recorded yet.</translation>
        </message>
        <message>
            <source>No re-check plan yet.</source>
            <translation>No re-check plan yet.</translation>
        </message>
        <message>
            <source>photos: {count}</source>
            <translation>photos: {count}</translation>
        </message>
        <message>
            <source>Questionnaire: {handed_out} handed out, {returned} returned: {satisfied} satisfied, {basically} basically satisfied, {dissatisfied} dissatisfied</source>
            <translation>Questionnaire: {handed_out} handed out, {returned} returned: {satisfied} satisfied, {basically} basically satisfied, {dissatisfied} dissatisfied</translation>
        </message>
        <message>
            <source>Imported package {id}: {name} ({code}) {period}, {communities} communities.</source>
            <translation>Imported package {id}: {name} ({code}) {period}, {communities} communities.</translation>
        </message>
        <message>
            <source>It supersedes package(s) {ids}.</source>
            <translation>It supersedes package(s) {ids}.</translation>
        </message>
        <message>
            <source>A newer package ({id}) of the same period stays current.</source>
            <translation>A newer package ({id}) of the same period stays current.</translation>
        </message>
        <message>
            <source>{city} {year}: {passed} of {total} communities passed ({rate}%), {recommended} pilots started ({participation}%), {named} named; target {required}, {remaining} to go.</source>
            <translation>{city} {year}: {passed} of {total} communities passed ({rate}%), {recommended} pilots started ({participation}%), {named} named; target {required}, {remaining} to go.</translation>
        </message>
        <message>
            <source>{quarter}: reported {reported}; late {late}.</source>
            <translation>{quarter}: reported {reported}; late {late}.</translation>
        </message>
        <message>
            <source>Evidence files found in more than one district: {count}.</source>
            <translation>Evidence files found in more than one district: {count}.</translation>
        </message>
        <message>
            <source>From package {id}: {kind}, {period}, as of {as_of}.</source>
            <translation>From package {id}: {kind}, {period}, as of {as_of}.</translation>
        </message>
        <message>
            <source>No evidence file is found in more than one district.</source>
            <translation>No evidence file is found in more than one district.</translation>
        </message>
        <message>
            <source>Sample of {count} from {population} (seed {seed}): {codes}</source>
            <translation>Sample of {count} from {population} (seed {seed}): {codes}</translation>
        </message>
        <message>
            <source>Work list written to {file}</source>
            <translation>Work list written to {file}</translation>
        </message>
        <message>
            <source>City report written to {pdf} and {xlsx}</source>
            <translation>City report written to {pdf} and {xlsx}</translation>
        </message>
        <message>
            <source>district's own</source>
            <translation>district's own</translation>
        </message>
        <message>
            <source>city's</source>
            <translation>city's</translation>
        </message>
        <message>
            <source>{code} {year}: target share {share}% ({whose}).</source>
            <translation>{code} {year}: target share {share}% ({whose}).</translation>
        </message>
        <message>
            <source>{option}: {value} is out of range</source>
            <translation>{option}: {value} is out of range</translation>
        </message>
        <message>
            <source>greendesk: {file}: {reason}. The command did not complete.</source>
            <translation>greendesk: {file}: {reason}. The command did not complete.</translation>
        </message>
        <message>
            <source>greendesk: an unexpected problem stopped the command: {problem}. The command did not complete; what it was saving was rolled back.</source>
            <translation>greendesk: an unexpected problem stopped the command: {problem}. The command did not complete; what it was saving was rolled back.</translation>
        </message>
        <message>
            <source>The details were written to {file}.</source>
            <translation>The details were written to {file}.</translation>
        </message>
        <message>
            <source>greendesk: an argument holds a NUL character.</source>
            <translation>greendesk: an argument holds a NUL character.</translation>
        </message>
    </context>
    <context>
        <name>CategoryForm</name>
        <message>
            <source>Number:</source>
            <translation>Number:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>Save as PNG…</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Save chart</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
    </context>
    <context>
        <name>City</name>
        <message>
            <source>application package (signed-off communities)</source>
            <translation>application package (signed-off communities)</translation>
        </message>
        <message>
            <source>quarterly report (every community, with its status)</source>
            <translation>quarterly report (every community, with its status)</translation>
        </message>
        <message>
            <source>annual report (every community, with its status)</source>
            <translation>annual report (every community, with its status)</translation>
        </message>
    </context>
    <context>
        <name>CityScreen</name>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Import district package…</source>
            <translation>Import district package…</translation>
        </message>
        <message>
            <source>Spot check…</source>
            <translation>Spot check…</translation>
        </message>
        <message>
            <source>Export city report…</source>
            <translation>Export city report…</translation>
        </message>
        <message>
            <source>District target…</source>
            <translation>District target…</translation>
        </message>
        <message>
            <source>Set the selected district's own target share for the year</source>
            <translation>Set the selected district's own target share for the year</translation>
        </message>
        <message>
            <source>Double-click a district to see its communities</source>
            <translation>Double-click a district to see its communities</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Quarterly reports</source>
            <translation>Quarterly reports</translation>
        </message>
        <message>
            <source>Evidence found in more than one district</source>
            <translation>Evidence found in more than one district</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>reported</translation>
        </message>
        <message>
            <source>late</source>
            <translation>late</translation>
        </message>
        <message>
            <source>not yet due</source>
            <translation>not yet due</translation>
        </message>
        <message>
            <source>&lt;b&gt;{passed}&lt;/b&gt; of {total} communities passed (&lt;b&gt;{rate}%&lt;/b&gt;), {recommended} pilots started ({participation}%), &lt;b&gt;{named}&lt;/b&gt; named; targets per district (shares differ) = {required}, &lt;b&gt;{remaining}&lt;/b&gt; to go</source>
            <translation>&lt;b&gt;{passed}&lt;/b&gt; of {total} communities passed (&lt;b&gt;{rate}%&lt;/b&gt;), {recommended} pilots started ({participation}%), &lt;b&gt;{named}&lt;/b&gt; named; targets per district (shares differ) = {required}, &lt;b&gt;{remaining}&lt;/b&gt; to go</translation>
        </message>
        <message>
            <source>&lt;b&gt;{passed}&lt;/b&gt; of {total} communities passed (&lt;b&gt;{rate}%&lt;/b&gt;), {recommended} pilots started ({participation}%), &lt;b&gt;{named}&lt;/b&gt; named; target {share}% = {required}, &lt;b&gt;{remaining}&lt;/b&gt; to go</source>
            <translation>&lt;b&gt;{passed}&lt;/b&gt; of {total} communities passed (&lt;b&gt;{rate}%&lt;/b&gt;), {recommended} pilots started ({participation}%), &lt;b&gt;{named}&lt;/b&gt; named; target {share}% = {required}, &lt;b&gt;{remaining}&lt;/b&gt; to go</translation>
        </message>
        <message>
            <source>None found</source>
            <translation>None found</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Communities</source>
            <translation>Communities</translation>
        </message>
        <message>
            <source>Pilots</source>
            <translation>Pilots</translation>
        </message>
        <message>
            <source>Participation %</source>
            <translation>Participation %</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Pass rate %</source>
            <translation>Pass rate %</translation>
        </message>
        <message>
            <source>Named</source>
            <translation>Named</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>Share %</translation>
        </message>
        <message>
            <source>To go</source>
            <translation>To go</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>This quarter</translation>
        </message>
        <message>
            <source>No package of this year imported yet</source>
            <translation>No package of this year imported yet</translation>
        </message>
        <message>
            <source>Set for this district (right-click to change)</source>
            <translation>Set for this district (right-click to change)</translation>
        </message>
        <message>
            <source>The city's share (right-click to set this district's own)</source>
            <translation>The city's share (right-click to set this district's own)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>&lt;b&gt;{quarter}&lt;/b&gt; (due {due})&lt;br&gt;Reported ({n_reported}): {reported}&lt;br&gt;&lt;span style='color:#C62828'&gt;Late ({n_late}): {late}&lt;/span&gt;</source>
            <translation>&lt;b&gt;{quarter}&lt;/b&gt; (due {due})&lt;br&gt;Reported ({n_reported}): {reported}&lt;br&gt;&lt;span style='color:#C62828'&gt;Late ({n_late}): {late}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Set target share…</source>
            <translation>Set target share…</translation>
        </message>
        <message>
            <source>Show communities…</source>
            <translation>Show communities…</translation>
        </message>
        <message>
            <source>District target</source>
            <translation>District target</translation>
        </message>
        <message>
            <source>Select a district first.</source>
            <translation>Select a district first.</translation>
        </message>
        <message>
            <source>Target share of {code} for {year} saved</source>
            <translation>Target share of {code} for {year} saved</translation>
        </message>
        <message>
            <source>Import district package</source>
            <translation>Import district package</translation>
        </message>
        <message numerus="yes">
            <source>Imported {name}: {period}, %n communities</source>
            <translation>
                <numerusform>Imported {name}: {period}, %n community</numerusform>
                <numerusform>Imported {name}: {period}, %n communities</numerusform>
            </translation>
        </message>
        <message>
            <source>Application package (*.zip)</source>
            <translation>Application package (*.zip)</translation>
        </message>
        <message>
            <source>Export city report</source>
            <translation>Export city report</translation>
        </message>
        <message>
            <source>City report written to {folder}</source>
            <translation>City report written to {folder}</translation>
        </message>
    </context>
    <context>
        <name>CitySeriesChart</name>
        <message>
            <source>Passed and named, cumulative</source>
            <translation>Passed and named, cumulative</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Named</source>
            <translation>Named</translation>
        </message>
        <message>
            <source>Target {count}</source>
            <translation>Target {count}</translation>
        </message>
        <message>
            <source>{target} (above the scale)</source>
            <translation>{target} (above the scale)</translation>
        </message>
        <message>
            <source>{passed} passed ({share}%), {named} named</source>
            <translation>{passed} passed ({share}%), {named} named</translation>
        </message>
    </context>
    <context>
        <name>CommunityTableModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>In scope</source>
            <translation>In scope</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Population</translation>
        </message>
        <message>
            <source>Property mgmt. coverage (%)</source>
            <translation>Property mgmt. coverage (%)</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Edition</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <source>Confirm item {item}</source>
            <translation>Confirm item {item}</translation>
        </message>
        <message>
            <source>{community}, item {item} ({points} points): {text}</source>
            <translation>{community}, item {item} ({points} points): {text}</translation>
        </message>
        <message>
            <source>Experts: {scores}
Mean {mean}, spread {spread}</source>
            <translation>Experts: {scores}
Mean {mean}, spread {spread}</translation>
        </message>
        <message>
            <source>⚠ The experts disagree: the spread is above the panel's threshold. Write the reason.</source>
            <translation>⚠ The experts disagree: the spread is above the panel's threshold. Write the reason.</translation>
        </message>
        <message>
            <source>Needed when the experts disagree or the score differs from the mean (kept as dissent).</source>
            <translation>Needed when the experts disagree or the score differs from the mean (kept as dissent).</translation>
        </message>
        <message>
            <source>Confirmed &amp;score:</source>
            <translation>Confirmed &amp;score:</translation>
        </message>
        <message>
            <source>&amp;Reason / dissent:</source>
            <translation>&amp;Reason / dissent:</translation>
        </message>
        <message>
            <source>Experts' comments:
{comments}</source>
            <translation>Experts' comments:
{comments}</translation>
        </message>
    </context>
    <context>
        <name>DamagedDatabaseDialog</name>
        <message>
            <source>The workspace database is damaged</source>
            <translation>The workspace database is damaged</translation>
        </message>
        <message>
            <source>SQLite reported: {problem}</source>
            <translation>SQLite reported: {problem}</translation>
        </message>
        <message>
            <source>Restore the backup of {date}</source>
            <translation>Restore the backup of {date}</translation>
        </message>
        <message>
            <source>Continue with the damaged database</source>
            <translation>Continue with the damaged database</translation>
        </message>
        <message>
            <source>Do not restore</source>
            <translation>Do not restore</translation>
        </message>
    </context>
    <context>
        <name>DashboardScreen</name>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>&lt;b&gt;{passed}&lt;/b&gt; of {total} in-scope communities passed (&lt;b&gt;{share}%&lt;/b&gt;); target {target}% = {required}, &lt;b&gt;{remaining}&lt;/b&gt; to go; {below} streets below the pilot minimum</source>
            <translation>&lt;b&gt;{passed}&lt;/b&gt; of {total} in-scope communities passed (&lt;b&gt;{share}%&lt;/b&gt;); target {target}% = {required}, &lt;b&gt;{remaining}&lt;/b&gt; to go; {below} streets below the pilot minimum</translation>
        </message>
        <message>
            <source>{what} due {date}: &lt;b&gt;{days}&lt;/b&gt; days left</source>
            <translation>{what} due {date}: &lt;b&gt;{days}&lt;/b&gt; days left</translation>
        </message>
    </context>
    <context>
        <name>DeadlineDialog</name>
        <message>
            <source>Rework deadline</source>
            <translation>Rework deadline</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} and %n more</numerusform>
                <numerusform>{names} and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Communities:</source>
            <translation>Communities:</translation>
        </message>
        <message>
            <source>Rework &amp;due by:</source>
            <translation>Rework &amp;due by:</translation>
        </message>
        <message>
            <source>The rework notice prints this day, and the queue flags the community once it passes.</source>
            <translation>The rework notice prints this day, and the queue flags the community once it passes.</translation>
        </message>
    </context>
    <context>
        <name>DecideDialog</name>
        <message>
            <source>Decide the objection</source>
            <translation>Decide the objection</translation>
        </message>
        <message>
            <source>&amp;Upheld</source>
            <translation>&amp;Upheld</translation>
        </message>
        <message>
            <source>&amp;Not upheld</source>
            <translation>&amp;Not upheld</translation>
        </message>
        <message>
            <source>{name}, received {day}: {content}</source>
            <translation>{name}, received {day}: {content}</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>Decision:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Your &amp;password:</source>
            <translation>Your &amp;password:</translation>
        </message>
        <message>
            <source>Not upheld: the community stays on the notice.</source>
            <translation>Not upheld: the community stays on the notice.</translation>
        </message>
        <message>
            <source>Not upheld</source>
            <translation>Not upheld</translation>
        </message>
        <message>
            <source>Uphold</source>
            <translation>Uphold</translation>
        </message>
        <message>
            <source>Upholding sends {community} back to review: its sign-off is withdrawn and a new review round starts. It is not named from this notice; once signed off again it goes on a later notice.</source>
            <translation>Upholding sends {community} back to review: its sign-off is withdrawn and a new review round starts. It is not named from this notice; once signed off again it goes on a later notice.</translation>
        </message>
        <message>
            <source>This objection concerns the list as a whole: no community is sent back to review, but nothing can be named from this notice (a corrected list is a new notice).</source>
            <translation>This objection concerns the list as a whole: no community is sent back to review, but nothing can be named from this notice (a corrected list is a new notice).</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>Creating the workspace…</source>
            <translation>Creating the workspace…</translation>
        </message>
        <message>
            <source>Filling the registry of streets and communities…</source>
            <translation>Filling the registry of streets and communities…</translation>
        </message>
        <message>
            <source>Recording last year's pilot communities…</source>
            <translation>Recording last year's pilot communities…</translation>
        </message>
        <message>
            <source>Importing the streets' packages with photos…</source>
            <translation>Importing the streets' packages with photos…</translation>
        </message>
        <message>
            <source>Reviewing and signing off…</source>
            <translation>Reviewing and signing off…</translation>
        </message>
        <message>
            <source>Public notice and naming of last year's pilots…</source>
            <translation>Public notice and naming of last year's pilots…</translation>
        </message>
        <message>
            <source>Adding demo content…</source>
            <translation>Adding demo content…</translation>
        </message>
    </context>
    <context>
        <name>DiffView</name>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Item {item}, rule {rule}</source>
            <translation>Item {item}, rule {rule}</translation>
        </message>
        <message>
            <source>Tier {key}</source>
            <translation>Tier {key}</translation>
        </message>
        <message>
            <source>Category {key}</source>
            <translation>Category {key}</translation>
        </message>
        <message>
            <source>Item {key}</source>
            <translation>Item {key}</translation>
        </message>
        <message numerus="yes">
            <source>Against {parent}: %n change(s).</source>
            <translation>
                <numerusform>Against {parent}: %n change.</numerusform>
                <numerusform>Against {parent}: %n changes.</numerusform>
            </translation>
        </message>
        <message>
            <source>No differences from {parent}.</source>
            <translation>No differences from {parent}.</translation>
        </message>
        <message>
            <source>No diff while the standard has problems: {problem}</source>
            <translation>No diff while the standard has problems: {problem}</translation>
        </message>
    </context>
    <context>
        <name>DistrictDialog</name>
        <message>
            <source>{name} ({code})</source>
            <translation>{name} ({code})</translation>
        </message>
        <message>
            <source>{passed} of {total} passed ({rate}%), {named} named. Figures and communities from its newest package: {kind}, {period}, as of {as_of}</source>
            <translation>{passed} of {total} passed ({rate}%), {named} named. Figures and communities from its newest package: {kind}, {period}, as of {as_of}</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Named</source>
            <translation>Named</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>DistrictTargetDialog</name>
        <message>
            <source>Target share of {name} {year}</source>
            <translation>Target share of {name} {year}</translation>
        </message>
        <message>
            <source>The city's target share for {year} is {share}%. A share set here applies to {name} only: its required count is this share of its {total} communities in scope.</source>
            <translation>The city's target share for {year} is {share}%. A share set here applies to {name} only: its required count is this share of its {total} communities in scope.</translation>
        </message>
        <message>
            <source>Use the city's share ({share}%)</source>
            <translation>Use the city's share ({share}%)</translation>
        </message>
        <message>
            <source>District's share</source>
            <translation>District's share</translation>
        </message>
    </context>
    <context>
        <name>DocumentPane</name>
        <message>
            <source>◀ Page</source>
            <translation>◀ Page</translation>
        </message>
        <message>
            <source>Page ▶</source>
            <translation>Page ▶</translation>
        </message>
        <message>
            <source>Open with the system program</source>
            <translation>Open with the system program</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>File: {name}</translation>
        </message>
        <message>
            <source>Size: {size}</source>
            <translation>Size: {size}</translation>
        </message>
        <message>
            <source>Type: {kind} ({media})</source>
            <translation>Type: {kind} ({media})</translation>
        </message>
        <message>
            <source>A video: open it with the system player.</source>
            <translation>A video: open it with the system player.</translation>
        </message>
        <message>
            <source>No preview for this kind of file: open it with the system program.</source>
            <translation>No preview for this kind of file: open it with the system program.</translation>
        </message>
        <message>
            <source>Page {page} of {count}</source>
            <translation>Page {page} of {count}</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Page &amp;P of &amp;N</source>
            <translation>Page &amp;P of &amp;N</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>'{text}' is not FIELD=VALUE.</source>
            <translation>'{text}' is not FIELD=VALUE.</translation>
        </message>
        <message>
            <source>The workspace {file} was created by a newer version of GreenDesk (schema {revision}). Please install the newer version to open it.</source>
            <translation>The workspace {file} was created by a newer version of GreenDesk (schema {revision}). Please install the newer version to open it.</translation>
        </message>
        <message>
            <source>Migrating {file} broke {count} references; nothing was changed.</source>
            <translation>Migrating {file} broke {count} references; nothing was changed.</translation>
        </message>
        <message>
            <source>City code '{code}' must be 6 digits ending in 00 (e.g. 110000).</source>
            <translation>City code '{code}' must be 6 digits ending in 00 (e.g. 110000).</translation>
        </message>
        <message>
            <source>City {code} is not in the shipped registry: please give its name.</source>
            <translation>City {code} is not in the shipped registry: please give its name.</translation>
        </message>
        <message>
            <source>District code '{code}' must be 6 digits (e.g. 110105 for Chaoyang).</source>
            <translation>District code '{code}' must be 6 digits (e.g. 110105 for Chaoyang).</translation>
        </message>
        <message>
            <source>{code} is a city's code (it ends in 00), not a district's: a district workspace needs its district's code, and 'greendesk init --district {code}' creates the city's workspace.</source>
            <translation>{code} is a city's code (it ends in 00), not a district's: a district workspace needs its district's code, and 'greendesk init --district {code}' creates the city's workspace.</translation>
        </message>
        <message>
            <source>District {code} is not in the shipped registry: please give its name.</source>
            <translation>District {code} is not in the shipped registry: please give its name.</translation>
        </message>
        <message>
            <source>{file}: no sheet has a header row with a code column and a name column (e.g. 'code12' and 'name').</source>
            <translation>{file}: no sheet has a header row with a code column and a name column (e.g. 'code12' and 'name').</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}: code '{code}' must have 12 digits.</source>
            <translation>{file}, sheet {sheet}, row {row}: code '{code}' must have 12 digits.</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}: the name is empty.</source>
            <translation>{file}, sheet {sheet}, row {row}: the name is empty.</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}, column {column}: '{value}' is not a valid number.</source>
            <translation>{file}, sheet {sheet}, row {row}, column {column}: '{value}' is not a valid number.</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}: coverage {value} is not between 0 and 100 %.</source>
            <translation>{file}, sheet {sheet}, row {row}: coverage {value} is not between 0 and 100 %.</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}: in-scope value '{value}' should be 是 or 否.</source>
            <translation>{file}, sheet {sheet}, row {row}: in-scope value '{value}' should be 是 or 否.</translation>
        </message>
        <message>
            <source>The shipped registry has no streets for district {district}; load an Excel registry instead.</source>
            <translation>The shipped registry has no streets for district {district}; load an Excel registry instead.</translation>
        </message>
        <message>
            <source>{file}: no row belongs to district {district}.</source>
            <translation>{file}: no row belongs to district {district}.</translation>
        </message>
        <message>
            <source>{location}: code {code} appears twice (first at {first}).</source>
            <translation>{location}: code {code} appears twice (first at {first}).</translation>
        </message>
        <message>
            <source>{location}: street {street} of community {code} is not in the registry.</source>
            <translation>{location}: street {street} of community {code} is not in the registry.</translation>
        </message>
        <message>
            <source>No community with code {code} in the registry.</source>
            <translation>No community with code {code} in the registry.</translation>
        </message>
        <message>
            <source>The import of {source} was not started because the backup before it could not be made; nothing was imported. {reason}</source>
            <translation>The import of {source} was not started because the backup before it could not be made; nothing was imported. {reason}</translation>
        </message>
        <message>
            <source>{count} photo(s) cannot be imported; first {entry}: {problem} Fix or remove them, or choose to skip them.</source>
            <translation>{count} photo(s) cannot be imported; first {entry}: {problem} Fix or remove them, or choose to skip them.</translation>
        </message>
        <message>
            <source>{file} changed since the preview; analyse it again.</source>
            <translation>{file} changed since the preview; analyse it again.</translation>
        </message>
        <message>
            <source>Field '{field}' of a community cannot be edited.</source>
            <translation>Field '{field}' of a community cannot be edited.</translation>
        </message>
        <message>
            <source>Community {code}: '{value}' is not a valid value for {field}.</source>
            <translation>Community {code}: '{value}' is not a valid value for {field}.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>Cannot read {file}: {reason}</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx, .xlsm, .xlsb, .xls, .ods or .csv).</source>
            <translation>{file} is not an Excel workbook (.xlsx, .xlsm, .xlsb, .xls, .ods or .csv).</translation>
        </message>
        <message>
            <source>File {file} is password protected; remove the password and import again.</source>
            <translation>File {file} is password protected; remove the password and import again.</translation>
        </message>
        <message>
            <source>{file} is damaged and cannot be opened as an Excel workbook.</source>
            <translation>{file} is damaged and cannot be opened as an Excel workbook.</translation>
        </message>
        <message>
            <source>{file} would expand to {size} MB: refused as a possible zip bomb.</source>
            <translation>{file} would expand to {size} MB: refused as a possible zip bomb.</translation>
        </message>
        <message>
            <source>{file} holds {size} MB of sheet XML, more than the {limit} MB a workbook may have.</source>
            <translation>{file} holds {size} MB of sheet XML, more than the {limit} MB a workbook may have.</translation>
        </message>
        <message>
            <source>{file} contains forbidden XML (entity declarations) and was refused.</source>
            <translation>{file} contains forbidden XML (entity declarations) and was refused.</translation>
        </message>
        <message>
            <source>{file}: sheet '{sheet}' is damaged and cannot be read ({reason}).</source>
            <translation>{file}: sheet '{sheet}' is damaged and cannot be read ({reason}).</translation>
        </message>
        <message>
            <source>{file} is damaged and cannot be read ({reason}).</source>
            <translation>{file} is damaged and cannot be read ({reason}).</translation>
        </message>
        <message>
            <source>{file} is larger than {limit} MB; split it into smaller files.</source>
            <translation>{file} is larger than {limit} MB; split it into smaller files.</translation>
        </message>
        <message>
            <source>{file} has more than {limit} columns; it is not a list of communities.</source>
            <translation>{file} has more than {limit} columns; it is not a list of communities.</translation>
        </message>
        <message>
            <source>{file} is not a readable text list (save it as CSV in UTF-8 or GBK, or as .xlsx).</source>
            <translation>{file} is not a readable text list (save it as CSV in UTF-8 or GBK, or as .xlsx).</translation>
        </message>
        <message>
            <source>{file}: sheet '{sheet}' has more than {limit} rows with data; split it into smaller files.</source>
            <translation>{file}: sheet '{sheet}' has more than {limit} rows with data; split it into smaller files.</translation>
        </message>
        <message>
            <source>{file}: sheet '{sheet}' has merged cells covering {count} cells, more than the {limit} allowed.</source>
            <translation>{file}: sheet '{sheet}' has merged cells covering {count} cells, more than the {limit} allowed.</translation>
        </message>
        <message>
            <source>Standard {standard} has no item {item}.</source>
            <translation>Standard {standard} has no item {item}.</translation>
        </message>
        <message>
            <source>Community {code} has no recommendation to review.</source>
            <translation>Community {code} has no recommendation to review.</translation>
        </message>
        <message>
            <source>Community {code} has no recommendation for {year}.</source>
            <translation>Community {code} has no recommendation for {year}.</translation>
        </message>
        <message>
            <source>{code} was signed off by {user} and is locked; an approver must unlock it (with a reason) first.</source>
            <translation>{code} was signed off by {user} and is locked; an approver must unlock it (with a reason) first.</translation>
        </message>
        <message>
            <source>Community {code} is already recommended for {year}.</source>
            <translation>Community {code} is already recommended for {year}.</translation>
        </message>
        <message>
            <source>Unknown status '{status}' (use one of {choices}).</source>
            <translation>Unknown status '{status}' (use one of {choices}).</translation>
        </message>
        <message>
            <source>Cannot sort by '{key}' (use one of {choices}).</source>
            <translation>Cannot sort by '{key}' (use one of {choices}).</translation>
        </message>
        <message>
            <source>Unknown outcome '{outcome}' (use one of {choices}).</source>
            <translation>Unknown outcome '{outcome}' (use one of {choices}).</translation>
        </message>
        <message>
            <source>{code} is signed off for {year}; unlock it before attaching files.</source>
            <translation>{code} is signed off for {year}; unlock it before attaching files.</translation>
        </message>
        <message>
            <source>No file to attach was given.</source>
            <translation>No file to attach was given.</translation>
        </message>
        <message>
            <source>No stored photo has the hash {sha256}.</source>
            <translation>No stored photo has the hash {sha256}.</translation>
        </message>
        <message>
            <source>A photo turns in steps of 90 degrees, not {degrees}.</source>
            <translation>A photo turns in steps of 90 degrees, not {degrees}.</translation>
        </message>
        <message>
            <source>{sha256} is not an image; only images can be turned.</source>
            <translation>{sha256} is not an image; only images can be turned.</translation>
        </message>
        <message>
            <source>{code} is returned for rework; record the street's resubmission before deciding.</source>
            <translation>{code} is returned for rework; record the street's resubmission before deciding.</translation>
        </message>
        <message>
            <source>Item {item} requires {rule}; the measured value is {value}, so it cannot be marked as met.</source>
            <translation>Item {item} requires {rule}; the measured value is {value}, so it cannot be marked as met.</translation>
        </message>
        <message>
            <source>{code} is not under review (status: {status}).</source>
            <translation>{code} is not under review (status: {status}).</translation>
        </message>
        <message>
            <source>{code}: items {items} are not decided yet.</source>
            <translation>{code}: items {items} are not decided yet.</translation>
        </message>
        <message>
            <source>{code} cannot be returned for rework while its status is {status}.</source>
            <translation>{code} cannot be returned for rework while its status is {status}.</translation>
        </message>
        <message>
            <source>{code} has no failed item and no item needing more material to return.</source>
            <translation>{code} has no failed item and no item needing more material to return.</translation>
        </message>
        <message>
            <source>{code}'s name was revoked after a re-check; it can only come back through a new recommendation.</source>
            <translation>{code}'s name was revoked after a re-check; it can only come back through a new recommendation.</translation>
        </message>
        <message>
            <source>{code} can only be resubmitted after it was returned (status: {status}).</source>
            <translation>{code} can only be resubmitted after it was returned (status: {status}).</translation>
        </message>
        <message>
            <source>Only a passed review can be signed off; {code} is {status}.</source>
            <translation>Only a passed review can be signed off; {code} is {status}.</translation>
        </message>
        <message>
            <source>Unlocking needs a reason.</source>
            <translation>Unlocking needs a reason.</translation>
        </message>
        <message>
            <source>{code} is not locked.</source>
            <translation>{code} is not locked.</translation>
        </message>
        <message>
            <source>The id '{standard}' cannot name a local edition: use 1-100 letters, digits, '.', '_' or '-'.</source>
            <translation>The id '{standard}' cannot name a local edition: use 1-100 letters, digits, '.', '_' or '-'.</translation>
        </message>
        <message>
            <source>Standard {standard} has no category {category}.</source>
            <translation>Standard {standard} has no category {category}.</translation>
        </message>
        <message>
            <source>Category '{category}' still holds {count} item(s); move or remove them first.</source>
            <translation>Category '{category}' still holds {count} item(s); move or remove them first.</translation>
        </message>
        <message>
            <source>Item {item} exists already; choose another number.</source>
            <translation>Item {item} exists already; choose another number.</translation>
        </message>
        <message>
            <source>Item {item} has a rule '{rule}' already; choose another id.</source>
            <translation>Item {item} has a rule '{rule}' already; choose another id.</translation>
        </message>
        <message>
            <source>Standard {standard} derives from no other standard.</source>
            <translation>Standard {standard} derives from no other standard.</translation>
        </message>
        <message>
            <source>Standard file {file}: field '{field}' {problem}</source>
            <translation>Standard file {file}: field '{field}' {problem}</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>is missing</translation>
        </message>
        <message>
            <source>must be {expected}, not {actual}</source>
            <translation>must be {expected}, not {actual}</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>is empty</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>missing, or not {expected}</source>
            <translation>missing, or not {expected}</translation>
        </message>
        <message>
            <source>the value {value} is not allowed here</source>
            <translation>the value {value} is not allowed here</translation>
        </message>
        <message>
            <source>nested more than {depth} levels deep</source>
            <translation>nested more than {depth} levels deep</translation>
        </message>
        <message>
            <source>not JSON text (line {line}, column {column})</source>
            <translation>not JSON text (line {line}, column {column})</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte {offset})</source>
            <translation>not UTF-8 text (byte {offset})</translation>
        </message>
        <message>
            <source>a text</source>
            <translation>a text</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <source>The workspace's figures cannot be packaged: {field}: {reason}. Nothing was written; run 'greendesk check', and report this if the workspace is sound.</source>
            <translation>The workspace's figures cannot be packaged: {field}: {reason}. Nothing was written; run 'greendesk check', and report this if the workspace is sound.</translation>
        </message>
        <message>
            <source>The package {package} carries an invalid {file}: {field}: {reason}.</source>
            <translation>The package {package} carries an invalid {file}: {field}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot read {file} in the package {package}: {reason}</source>
            <translation>Cannot read {file} in the package {package}: {reason}</translation>
        </message>
        <message>
            <source>The package {package} changed after it was verified; verify it again.</source>
            <translation>The package {package} changed after it was verified; verify it again.</translation>
        </message>
        <message>
            <source>The package {package} did not verify: {problem}</source>
            <translation>The package {package} did not verify: {problem}</translation>
        </message>
        <message>
            <source>The package {package} is format {format}, made by an older GreenDesk: it carries no machine-readable figures; ask the district to export it again.</source>
            <translation>The package {package} is format {format}, made by an older GreenDesk: it carries no machine-readable figures; ask the district to export it again.</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>true/false</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>a list</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>an object</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>must be an object</translation>
        </message>
        <message>
            <source>must be '{expected}'</source>
            <translation>must be '{expected}'</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>must be one of {choices}</translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>must be a finite number</translation>
        </message>
        <message>
            <source>is {length} characters long; at most {limit} are allowed</source>
            <translation>is {length} characters long; at most {limit} are allowed</translation>
        </message>
        <message>
            <source>is {value}; it must be between {low} and {high}</source>
            <translation>is {value}; it must be between {low} and {high}</translation>
        </message>
        <message>
            <source>lists {count} entries; at most {limit} are allowed</source>
            <translation>lists {count} entries; at most {limit} are allowed</translation>
        </message>
        <message>
            <source>must be a date like 2020-07-22</source>
            <translation>must be a date like 2020-07-22</translation>
        </message>
        <message>
            <source>must list at least one category</source>
            <translation>must list at least one category</translation>
        </message>
        <message>
            <source>has duplicate ids</source>
            <translation>has duplicate ids</translation>
        </message>
        <message>
            <source>names unknown category '{category}'</source>
            <translation>names unknown category '{category}'</translation>
        </message>
        <message>
            <source>must list at least one item</source>
            <translation>must list at least one item</translation>
        </message>
        <message>
            <source>has duplicate item numbers</source>
            <translation>has duplicate item numbers</translation>
        </message>
        <message>
            <source>is missing (a scored standard gives every item its points)</source>
            <translation>is missing (a scored standard gives every item its points)</translation>
        </message>
        <message>
            <source>is {declared} but the items' points add up to {total}</source>
            <translation>is {declared} but the items' points add up to {total}</translation>
        </message>
        <message>
            <source>must be between 0 and max_points</source>
            <translation>must be between 0 and max_points</translation>
        </message>
        <message>
            <source>Cannot read standard file {file}: {reason}</source>
            <translation>Cannot read standard file {file}: {reason}</translation>
        </message>
        <message>
            <source>Standard file {problem}</source>
            <translation>Standard file {problem}</translation>
        </message>
        <message>
            <source>Standard file {file}: field 'derives_from' names unknown standard '{parent}'</source>
            <translation>Standard file {file}: field 'derives_from' names unknown standard '{parent}'</translation>
        </message>
        <message>
            <source>Unknown standard '{standard}'; {count} standard file(s) were skipped, first: {problem}</source>
            <translation>Unknown standard '{standard}'; {count} standard file(s) were skipped, first: {problem}</translation>
        </message>
        <message>
            <source>Unknown standard '{standard}'.</source>
            <translation>Unknown standard '{standard}'.</translation>
        </message>
        <message>
            <source>Target share for {year} must be between 0 and 100 %.</source>
            <translation>Target share for {year} must be between 0 and 100 %.</translation>
        </message>
        <message>
            <source>Pilots per street for {year}: the minimum must not exceed the maximum.</source>
            <translation>Pilots per street for {year}: the minimum must not exceed the maximum.</translation>
        </message>
        <message>
            <source>The quarterly report day for {year} must be between 1 and 28.</source>
            <translation>The quarterly report day for {year} must be between 1 and 28.</translation>
        </message>
        <message>
            <source>A workspace already exists in {folder}.</source>
            <translation>A workspace already exists in {folder}.</translation>
        </message>
        <message>
            <source>{file} is empty or damaged, and it is not overwritten. Start GreenDesk on {folder}: its start check sets the file aside and offers the newest good backup.</source>
            <translation>{file} is empty or damaged, and it is not overwritten. Start GreenDesk on {folder}: its start check sets the file aside and offers the newest good backup.</translation>
        </message>
        <message>
            <source>{folder} holds backups of a workspace whose database is missing. Restore the newest one (greendesk --data-dir {folder} restore {id}) instead of starting a new workspace there, or choose another folder.</source>
            <translation>{folder} holds backups of a workspace whose database is missing. Restore the newest one (greendesk --data-dir {folder} restore {id}) instead of starting a new workspace there, or choose another folder.</translation>
        </message>
        <message>
            <source>Cannot create the workspace folder {folder}: {reason}</source>
            <translation>Cannot create the workspace folder {folder}: {reason}</translation>
        </message>
        <message>
            <source>No workspace in {folder}: create one first (greendesk init --district CODE).</source>
            <translation>No workspace in {folder}: create one first (greendesk init --district CODE).</translation>
        </message>
        <message>
            <source>Name the account that acts: --user NAME (or set GREENDESK_USER).</source>
            <translation>Name the account that acts: --user NAME (or set GREENDESK_USER).</translation>
        </message>
        <message>
            <source>No password for {user}: set GREENDESK_PASSWORD, or run the command in a terminal to be asked.</source>
            <translation>No password for {user}: set GREENDESK_PASSWORD, or run the command in a terminal to be asked.</translation>
        </message>
        <message>
            <source>{situation} To go on with the database as it is: greendesk --data-dir {folder} restore --set-aside {file}</source>
            <translation>{situation} To go on with the database as it is: greendesk --data-dir {folder} restore --set-aside {file}</translation>
        </message>
        <message>
            <source>{situation} To go on with the database as it is: greendesk --data-dir {folder} restore --set-aside {file}; to restore the backup instead: greendesk --data-dir {folder} restore {id}</source>
            <translation>{situation} To go on with the database as it is: greendesk --data-dir {folder} restore --set-aside {file}; to restore the backup instead: greendesk --data-dir {folder} restore {id}</translation>
        </message>
        <message>
            <source>{situation} The damaged file is kept there for recovery; 'greendesk init' starts a new workspace.</source>
            <translation>{situation} The damaged file is kept there for recovery; 'greendesk init' starts a new workspace.</translation>
        </message>
        <message>
            <source>{situation} To restore that backup: greendesk --data-dir {folder} restore {id}</source>
            <translation>{situation} To restore that backup: greendesk --data-dir {folder} restore {id}</translation>
        </message>
        <message>
            <source>{file} is a {format} image; photos must be JPEG, PNG or HEIC.</source>
            <translation>{file} is a {format} image; photos must be JPEG, PNG or HEIC.</translation>
        </message>
        <message>
            <source>progressive JPEG</source>
            <translation>progressive JPEG</translation>
        </message>
        <message>
            <source>{file} is {width} × {height} pixels ({megapixels} megapixels), more than the {limit} megapixels a photo may have.</source>
            <translation>{file} is {width} × {height} pixels ({megapixels} megapixels), more than the {limit} megapixels a photo may have.</translation>
        </message>
        <message>
            <source>{file} is {width} × {height} pixels ({megapixels} megapixels); a {format} photo is decoded at full size, so at most {limit} megapixels are allowed.</source>
            <translation>{file} is {width} × {height} pixels ({megapixels} megapixels); a {format} photo is decoded at full size, so at most {limit} megapixels are allowed.</translation>
        </message>
        <message>
            <source>{file} is larger than {limit} megapixels and was refused.</source>
            <translation>{file} is larger than {limit} megapixels and was refused.</translation>
        </message>
        <message>
            <source>{file} is not an image (its content is not JPEG, PNG or HEIC).</source>
            <translation>{file} is not an image (its content is not JPEG, PNG or HEIC).</translation>
        </message>
        <message>
            <source>{file} is truncated (an incomplete copy or download).</source>
            <translation>{file} is truncated (an incomplete copy or download).</translation>
        </message>
        <message>
            <source>{file} is a damaged image ({reason}).</source>
            <translation>{file} is a damaged image ({reason}).</translation>
        </message>
        <message>
            <source>{file} changed while it was being copied; please try again.</source>
            <translation>{file} changed while it was being copied; please try again.</translation>
        </message>
        <message>
            <source>The stored photo {sha256} cannot be read ({reason}); run 'greendesk check'.</source>
            <translation>The stored photo {sha256} cannot be read ({reason}); run 'greendesk check'.</translation>
        </message>
        <message>
            <source>The stored photo {sha256} was altered on disk (its content has another hash); run 'greendesk check'.</source>
            <translation>The stored photo {sha256} was altered on disk (its content has another hash); run 'greendesk check'.</translation>
        </message>
        <message>
            <source>Cannot read the work summary {file}: {reason}</source>
            <translation>Cannot read the work summary {file}: {reason}</translation>
        </message>
        <message>
            <source>{file}: reports are written as .xlsx or .pdf.</source>
            <translation>{file}: reports are written as .xlsx or .pdf.</translation>
        </message>
        <message>
            <source>'{text}' is not a quarter like 2022Q3.</source>
            <translation>'{text}' is not a quarter like 2022Q3.</translation>
        </message>
        <message>
            <source>'{text}' is not a year like 2022.</source>
            <translation>'{text}' is not a year like 2022.</translation>
        </message>
        <message>
            <source>Unknown report kind '{kind}'.</source>
            <translation>Unknown report kind '{kind}'.</translation>
        </message>
        <message>
            <source>There is no report snapshot {id}.</source>
            <translation>There is no report snapshot {id}.</translation>
        </message>
        <message>
            <source>Report snapshot {id} ({period}) was submitted on {date} and cannot be changed; take a new snapshot instead.</source>
            <translation>Report snapshot {id} ({period}) was submitted on {date} and cannot be changed; take a new snapshot instead.</translation>
        </message>
        <message>
            <source>The export was cancelled; no package was written.</source>
            <translation>The export was cancelled; no package was written.</translation>
        </message>
        <message>
            <source>No signed-off community in {year} (batch {batch}): nothing to export.</source>
            <translation>No signed-off community in {year} (batch {batch}): nothing to export.</translation>
        </message>
        <message>
            <source>The photo {sha256} of {community} item {item} is missing from the store.</source>
            <translation>The photo {sha256} of {community} item {item} is missing from the store.</translation>
        </message>
        <message>
            <source>The audit log does not match the workspace's data, so nothing was exported; run 'greendesk check' to see what differs and the backup to return to.</source>
            <translation>The audit log does not match the workspace's data, so nothing was exported; run 'greendesk check' to see what differs and the backup to return to.</translation>
        </message>
        <message>
            <source>Cannot write the package {file}: {reason}</source>
            <translation>Cannot write the package {file}: {reason}</translation>
        </message>
        <message>
            <source>The stored photo {sha256} was altered on disk (its content has another hash).</source>
            <translation>The stored photo {sha256} was altered on disk (its content has another hash).</translation>
        </message>
        <message>
            <source>The package signing key {file} cannot be read: {reason}</source>
            <translation>The package signing key {file} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>The package signing key {file} is not an Ed25519 key.</source>
            <translation>The package signing key {file} is not an Ed25519 key.</translation>
        </message>
        <message>
            <source>The public key is not a valid PEM key.</source>
            <translation>The public key is not a valid PEM key.</translation>
        </message>
        <message>
            <source>The public key is not an Ed25519 key.</source>
            <translation>The public key is not an Ed25519 key.</translation>
        </message>
        <message>
            <source>'{text}' is not a key fingerprint: give the 64 hex digits of the SHA-256 fingerprint (spaces or colons between them are fine).</source>
            <translation>'{text}' is not a key fingerprint: give the 64 hex digits of the SHA-256 fingerprint (spaces or colons between them are fine).</translation>
        </message>
        <message>
            <source>{code} has no failed item and no item needing more material: no rework notice.</source>
            <translation>{code} has no failed item and no item needing more material: no rework notice.</translation>
        </message>
        <message>
            <source>An account needs at least one role.</source>
            <translation>An account needs at least one role.</translation>
        </message>
        <message>
            <source>Unknown role '{role}' (use one of {choices}).</source>
            <translation>Unknown role '{role}' (use one of {choices}).</translation>
        </message>
        <message>
            <source>A password needs at least {count} characters.</source>
            <translation>A password needs at least {count} characters.</translation>
        </message>
        <message>
            <source>Sign in first: this action needs a signed-in account.</source>
            <translation>Sign in first: this action needs a signed-in account.</translation>
        </message>
        <message>
            <source>No account named '{user}'.</source>
            <translation>No account named '{user}'.</translation>
        </message>
        <message>
            <source>This workspace already has an administrator; sign in as one to manage accounts.</source>
            <translation>This workspace already has an administrator; sign in as one to manage accounts.</translation>
        </message>
        <message>
            <source>This would leave the workspace without an active administrator.</source>
            <translation>This would leave the workspace without an active administrator.</translation>
        </message>
        <message>
            <source>'{user}' is not a valid account name (no spaces or commas).</source>
            <translation>'{user}' is not a valid account name (no spaces or commas).</translation>
        </message>
        <message>
            <source>The account '{user}' is disabled; sign in with another account.</source>
            <translation>The account '{user}' is disabled; sign in with another account.</translation>
        </message>
        <message>
            <source>An account named '{user}' already exists.</source>
            <translation>An account named '{user}' already exists.</translation>
        </message>
        <message>
            <source>Wrong account name or password.</source>
            <translation>Wrong account name or password.</translation>
        </message>
        <message>
            <source>'{user}' needs the {role} role for this action.</source>
            <translation>'{user}' needs the {role} role for this action.</translation>
        </message>
        <message>
            <source>A backup's reason is a short label of lowercase letters, digits and hyphens (at most 40, like before-import): {reason}</source>
            <translation>A backup's reason is a short label of lowercase letters, digits and hyphens (at most 40, like before-import): {reason}</translation>
        </message>
        <message>
            <source>There is no database to back up in {file}.</source>
            <translation>There is no database to back up in {file}.</translation>
        </message>
        <message>
            <source>Another backup into {folder} has been running for more than {minutes} minutes. Nothing was backed up; try again when it has finished.</source>
            <translation>Another backup into {folder} has been running for more than {minutes} minutes. Nothing was backed up; try again when it has finished.</translation>
        </message>
        <message>
            <source>The backup of {file} failed its integrity check ({problem}); the database itself may be damaged. Run 'greendesk check'.</source>
            <translation>The backup of {file} failed its integrity check ({problem}); the database itself may be damaged. Run 'greendesk check'.</translation>
        </message>
        <message>
            <source>No backup with id {id}. 'greendesk backups' lists them.</source>
            <translation>No backup with id {id}. 'greendesk backups' lists them.</translation>
        </message>
        <message>
            <source>The database {file} is still in use by another program; close it and try again.</source>
            <translation>The database {file} is still in use by another program; close it and try again.</translation>
        </message>
        <message>
            <source>The backup {file} is damaged ({problem}) and cannot be restored; choose another.</source>
            <translation>The backup {file} is damaged ({problem}) and cannot be restored; choose another.</translation>
        </message>
        <message>
            <source>The backup {file} was made by a newer version of GreenDesk (schema {revision}); install that version to restore it.</source>
            <translation>The backup {file} was made by a newer version of GreenDesk (schema {revision}); install that version to restore it.</translation>
        </message>
        <message>
            <source>Copying the backup {file} failed.</source>
            <translation>Copying the backup {file} failed.</translation>
        </message>
        <message>
            <source>The workspace {folder} is already open in GreenDesk by {user} on this computer (process {pid}) since {since}. Switch to that window, or close it first.</source>
            <translation>The workspace {folder} is already open in GreenDesk by {user} on this computer (process {pid}) since {since}. Switch to that window, or close it first.</translation>
        </message>
        <message>
            <source>The workspace {folder} is already open in GreenDesk by {user} on computer {host} since {since}. Close it there first. If that computer crashed, the lock expires {hours} hours after it was taken.</source>
            <translation>The workspace {folder} is already open in GreenDesk by {user} on computer {host} since {since}. Close it there first. If that computer crashed, the lock expires {hours} hours after it was taken.</translation>
        </message>
        <message>
            <source>The workspace {folder} is being opened by another GreenDesk right now.</source>
            <translation>The workspace {folder} is being opened by another GreenDesk right now.</translation>
        </message>
        <message>
            <source>The disk holding {file} is full. The last action was not saved; nothing else was lost. Free some space and try again.</source>
            <translation>The disk holding {file} is full. The last action was not saved; nothing else was lost. Free some space and try again.</translation>
        </message>
        <message>
            <source>{file} is on read-only or write-protected media. The last action was not saved; nothing else was lost. Copy the workspace to a writable folder or remove the write protection.</source>
            <translation>{file} is on read-only or write-protected media. The last action was not saved; nothing else was lost. Copy the workspace to a writable folder or remove the write protection.</translation>
        </message>
        <message>
            <source>GreenDesk is not allowed to write {file}. The last action was not saved; nothing else was lost. Check the folder's permissions.</source>
            <translation>GreenDesk is not allowed to write {file}. The last action was not saved; nothing else was lost. Check the folder's permissions.</translation>
        </message>
        <message>
            <source>{file} can no longer be found (was the USB stick removed or the folder moved?). The last action was not saved. Reconnect the drive and open the workspace again.</source>
            <translation>{file} can no longer be found (was the USB stick removed or the folder moved?). The last action was not saved. Reconnect the drive and open the workspace again.</translation>
        </message>
        <message>
            <source>Reading or writing {file} failed (disk error). The last action was not saved. Check the drive, then run 'greendesk check'.</source>
            <translation>Reading or writing {file} failed (disk error). The last action was not saved. Check the drive, then run 'greendesk check'.</translation>
        </message>
        <message>
            <source>{file} is busy in another program. The last action was not saved; try again in a moment.</source>
            <translation>{file} is busy in another program. The last action was not saved; try again in a moment.</translation>
        </message>
        <message>
            <source>{free} is free there.</source>
            <translation>{free} is free there.</translation>
        </message>
        <message>
            <source>{free} is free there; about {needed} is needed.</source>
            <translation>{free} is free there; about {needed} is needed.</translation>
        </message>
        <message>
            <source>The database {file} holds damaged text in table {table}, row {row}, column {column} (its bytes are not valid UTF-8). Nothing was changed. Run 'greendesk check' to list all damage, then restore a backup.</source>
            <translation>The database {file} holds damaged text in table {table}, row {row}, column {column} (its bytes are not valid UTF-8). Nothing was changed. Run 'greendesk check' to list all damage, then restore a backup.</translation>
        </message>
        <message>
            <source>The database {file} holds damaged text in column {column} (its bytes are not valid UTF-8). Nothing was changed. Run 'greendesk check' to list all damage, then restore a backup.</source>
            <translation>The database {file} holds damaged text in column {column} (its bytes are not valid UTF-8). Nothing was changed. Run 'greendesk check' to list all damage, then restore a backup.</translation>
        </message>
        <message>
            <source>A text to be saved holds a character no record can keep ({character} in "{text}"): often a file name or text in another encoding, or pasted from another program. Nothing was saved; remove the character and try again.</source>
            <translation>A text to be saved holds a character no record can keep ({character} in "{text}"): often a file name or text in another encoding, or pasted from another program. Nothing was saved; remove the character and try again.</translation>
        </message>
        <message>
            <source>'{text}' is not #ROW=CODE.</source>
            <translation>'{text}' is not #ROW=CODE.</translation>
        </message>
        <message>
            <source>Nothing would be imported from {source} ({errors} error(s)); the problems are listed above.</source>
            <translation>Nothing would be imported from {source} ({errors} error(s)); the problems are listed above.</translation>
        </message>
        <message>
            <source>{file}: entry '{entry}' has an absolute path; the package was refused.</source>
            <translation>{file}: entry '{entry}' has an absolute path; the package was refused.</translation>
        </message>
        <message>
            <source>{file}: entry '{entry}' points outside the package (..); the package was refused.</source>
            <translation>{file}: entry '{entry}' points outside the package (..); the package was refused.</translation>
        </message>
        <message>
            <source>{file}: entry '{entry}' uses the name '{name}', which Windows reserves; the package was refused.</source>
            <translation>{file}: entry '{entry}' uses the name '{name}', which Windows reserves; the package was refused.</translation>
        </message>
        <message>
            <source>{file} does not exist.</source>
            <translation>{file} does not exist.</translation>
        </message>
        <message>
            <source>{file}: entry '{entry}' points outside the package; the package was refused.</source>
            <translation>{file}: entry '{entry}' points outside the package; the package was refused.</translation>
        </message>
        <message>
            <source>an archive inside an archive inside the package (more than {limit} levels); not read. Unpack it and send its files in the package.</source>
            <translation>an archive inside an archive inside the package (more than {limit} levels); not read. Unpack it and send its files in the package.</translation>
        </message>
        <message>
            <source>the package holds '{entry}' twice (a folder and an archive of it); this copy was ignored.</source>
            <translation>the package holds '{entry}' twice (a folder and an archive of it); this copy was ignored.</translation>
        </message>
        <message>
            <source>{file} is a RAR archive, which GreenDesk cannot read; extract it with 7-Zip or WinRAR and compress it again as a zip.</source>
            <translation>{file} is a RAR archive, which GreenDesk cannot read; extract it with 7-Zip or WinRAR and compress it again as a zip.</translation>
        </message>
        <message>
            <source>a RAR archive, which GreenDesk cannot read; not read. Extract it with 7-Zip or WinRAR and compress it again as a zip.</source>
            <translation>a RAR archive, which GreenDesk cannot read; not read. Extract it with 7-Zip or WinRAR and compress it again as a zip.</translation>
        </message>
        <message>
            <source>{file} is a damaged 7z file and cannot be opened.</source>
            <translation>{file} is a damaged 7z file and cannot be opened.</translation>
        </message>
        <message>
            <source>{file} is a damaged zip file and cannot be opened.</source>
            <translation>{file} is a damaged zip file and cannot be opened.</translation>
        </message>
        <message>
            <source>{file} is password-protected; send the package without a password.</source>
            <translation>{file} is password-protected; send the package without a password.</translation>
        </message>
        <message>
            <source>{file} holds {count} entries, more than the {limit} allowed.</source>
            <translation>{file} holds {count} entries, more than the {limit} allowed.</translation>
        </message>
        <message>
            <source>{file} would expand to {size} MB; refused as a possible zip bomb.</source>
            <translation>{file} would expand to {size} MB; refused as a possible zip bomb.</translation>
        </message>
        <message>
            <source>{file}: entry '{entry}' is password protected; send the package without a password.</source>
            <translation>{file}: entry '{entry}' is password protected; send the package without a password.</translation>
        </message>
        <message>
            <source>{file}: entry '{entry}' would expand to {size} MB; refused as a possible zip bomb.</source>
            <translation>{file}: entry '{entry}' would expand to {size} MB; refused as a possible zip bomb.</translation>
        </message>
        <message>
            <source>{file} would expand to more than {limit} GB; refused as a possible zip bomb.</source>
            <translation>{file} would expand to more than {limit} GB; refused as a possible zip bomb.</translation>
        </message>
        <message>
            <source>{file}: entry '{entry}' is damaged ({reason}).</source>
            <translation>{file}: entry '{entry}' is damaged ({reason}).</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>The import was cancelled; nothing was changed.</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}, column {column}</source>
            <translation>{file}, sheet {sheet}, row {row}, column {column}</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}</source>
            <translation>{file}, sheet {sheet}, row {row}</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}</source>
            <translation>{file}, sheet {sheet}</translation>
        </message>
        <message>
            <source>Column '{column}' cannot be mapped to unknown field '{field}'.</source>
            <translation>Column '{column}' cannot be mapped to unknown field '{field}'.</translation>
        </message>
        <message>
            <source>photo '{photo}' listed for item {item} is not in the package.</source>
            <translation>photo '{photo}' listed for item {item} is not in the package.</translation>
        </message>
        <message>
            <source>named as an archive but not a zip or 7z archive GreenDesk can read; ignored.</source>
            <translation>named as an archive but not a zip or 7z archive GreenDesk can read; ignored.</translation>
        </message>
        <message>
            <source>no community is marked 是 in the 是否推荐 (recommended) column.</source>
            <translation>no community is marked 是 in the 是否推荐 (recommended) column.</translation>
        </message>
        <message>
            <source>no recommended community found (no sheet has a header with a community name or code column).</source>
            <translation>no recommended community found (no sheet has a header with a community name or code column).</translation>
        </message>
        <message>
            <source>Street '{street}' is not in the registry.</source>
            <translation>Street '{street}' is not in the registry.</translation>
        </message>
        <message>
            <source>community '{name}' is listed again (first at row {row}); merged.</source>
            <translation>community '{name}' is listed again (first at row {row}); merged.</translation>
        </message>
        <message>
            <source>'{value}' is not a whole number; the value was left empty.</source>
            <translation>'{value}' is not a whole number; the value was left empty.</translation>
        </message>
        <message>
            <source>the standard has no item {item}; ignored.</source>
            <translation>the standard has no item {item}; ignored.</translation>
        </message>
        <message>
            <source>self-assessment '{value}' for item {item} is not 符合, 基本符合 or 不符合; kept as written.</source>
            <translation>self-assessment '{value}' for item {item} is not 符合, 基本符合 or 不符合; kept as written.</translation>
        </message>
        <message>
            <source>households under property management ({managed}) exceed all households ({households}).</source>
            <translation>households under property management ({managed}) exceed all households ({households}).</translation>
        </message>
        <message>
            <source>community '{name}' matches {count} communities in the registry ({candidates}); choose one.</source>
            <translation>community '{name}' matches {count} communities in the registry ({candidates}); choose one.</translation>
        </message>
        <message>
            <source>community '{name}' is not in the registry (neither by code nor by name); choose one or skip it.</source>
            <translation>community '{name}' is not in the registry (neither by code nor by name); choose one or skip it.</translation>
        </message>
        <message>
            <source>code '{code}' and name '{name}' do not agree; matched to {matched} ({matched_code}).</source>
            <translation>code '{code}' and name '{name}' do not agree; matched to {matched} ({matched_code}).</translation>
        </message>
        <message>
            <source>{name} is already recommended for {year} (batch {batch}); only new photos and missing values are added.</source>
            <translation>{name} is already recommended for {year} (batch {batch}); only new photos and missing values are added.</translation>
        </message>
        <message>
            <source>{name} is already recommended for {year} (batch {batch}) and signed off; skipped.</source>
            <translation>{name} is already recommended for {year} (batch {batch}) and signed off; skipped.</translation>
        </message>
        <message>
            <source>no community or item could be read from the folder or file name (e.g. 吉祥社区/第3条/门禁.jpg); not attached.</source>
            <translation>no community or item could be read from the folder or file name (e.g. 吉祥社区/第3条/门禁.jpg); not attached.</translation>
        </message>
        <message>
            <source>no item number could be read from the folder or file name (e.g. 第3条/门禁.jpg or 3-门禁.jpg); not attached.</source>
            <translation>no item number could be read from the folder or file name (e.g. 第3条/门禁.jpg or 3-门禁.jpg); not attached.</translation>
        </message>
        <message>
            <source>The registry has no communities to put in a template; load it first.</source>
            <translation>The registry has no communities to put in a template; load it first.</translation>
        </message>
        <message>
            <source>The trust store {file} cannot be read: {reason}</source>
            <translation>The trust store {file} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>Cannot write the trust store {file}: {reason}</source>
            <translation>Cannot write the trust store {file}: {reason}</translation>
        </message>
        <message>
            <source>District {code} is {name}, not {given}.</source>
            <translation>District {code} is {name}, not {given}.</translation>
        </message>
        <message>
            <source>The key {fingerprint} is already trusted for district {code}: remove it first.</source>
            <translation>The key {fingerprint} is already trusted for district {code}: remove it first.</translation>
        </message>
        <message>
            <source>The key {fingerprint} is not in the trust store.</source>
            <translation>The key {fingerprint} is not in the trust store.</translation>
        </message>
        <message>
            <source>No signing key is registered as trusted yet: add the district's key first (greendesk keys trust FINGERPRINT --district CODE).</source>
            <translation>No signing key is registered as trusted yet: add the district's key first (greendesk keys trust FINGERPRINT --district CODE).</translation>
        </message>
        <message>
            <source>Give the new password with --password-stdin or type it in a terminal.</source>
            <translation>Give the new password with --password-stdin or type it in a terminal.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <source>Name the administrator account to create: --admin NAME.</source>
            <translation>Name the administrator account to create: --admin NAME.</translation>
        </message>
        <message>
            <source>Name the backup to restore (an ID from 'greendesk backups').</source>
            <translation>Name the backup to restore (an ID from 'greendesk backups').</translation>
        </message>
        <message>
            <source>{folder} has a database; a set-aside file can only be taken back after the start check set the damaged database aside.</source>
            <translation>{folder} has a database; a set-aside file can only be taken back after the start check set the damaged database aside.</translation>
        </message>
        <message>
            <source>No file {file}.</source>
            <translation>No file {file}.</translation>
        </message>
        <message>
            <source>'check --repair' would remove {count} files; run it in a terminal to be asked, or add --yes.</source>
            <translation>'check --repair' would remove {count} files; run it in a terminal to be asked, or add --yes.</translation>
        </message>
        <message>
            <source>No Chinese TrueType font found for PDF output (looked for {font} and WenQuanYi Micro Hei).</source>
            <translation>No Chinese TrueType font found for PDF output (looked for {font} and WenQuanYi Micro Hei).</translation>
        </message>
        <message>
            <source>{file} holds a number with {digits} digits; at most {limit} digits are allowed.</source>
            <translation>{file} holds a number with {digits} digits; at most {limit} digits are allowed.</translation>
        </message>
        <message>
            <source>{file} holds the value {value}; only finite numbers are allowed.</source>
            <translation>{file} holds the value {value}; only finite numbers are allowed.</translation>
        </message>
        <message>
            <source>{file} is not UTF-8 text.</source>
            <translation>{file} is not UTF-8 text.</translation>
        </message>
        <message>
            <source>{file} nests brackets more than {limit} levels deep; refused.</source>
            <translation>{file} nests brackets more than {limit} levels deep; refused.</translation>
        </message>
        <message>
            <source>{file} is not valid JSON (line {line}, column {column}): {reason}</source>
            <translation>{file} is not valid JSON (line {line}, column {column}): {reason}</translation>
        </message>
        <message>
            <source>{file}: the text at {field} holds a control character or a lone surrogate, which no record or document can hold ({text}).</source>
            <translation>{file}: the text at {field} holds a control character or a lone surrogate, which no record or document can hold ({text}).</translation>
        </message>
        <message>
            <source>{file} is larger than {limit}; refused unread.</source>
            <translation>{file} is larger than {limit}; refused unread.</translation>
        </message>
        <message>
            <source>{value} is not a telephone number (digits, spaces and - only).</source>
            <translation>{value} is not a telephone number (digits, spaces and - only).</translation>
        </message>
        <message>
            <source>The document-number prefix {value} holds only the organ code, e.g. 朝住建发.</source>
            <translation>The document-number prefix {value} holds only the organ code, e.g. 朝住建发.</translation>
        </message>
        <message>
            <source>The campaign year {year} is not between {first} and {last}.</source>
            <translation>The campaign year {year} is not between {first} and {last}.</translation>
        </message>
        <message>
            <source>{file} has no page {page}.</source>
            <translation>{file} has no page {page}.</translation>
        </message>
        <message>
            <source>{file} is a damaged Word document ({reason}).</source>
            <translation>{file} is a damaged Word document ({reason}).</translation>
        </message>
        <message>
            <source>{file} is larger than {limit} MB; no text preview is made.</source>
            <translation>{file} is larger than {limit} MB; no text preview is made.</translation>
        </message>
        <message>
            <source>{file} is password-protected; its text cannot be shown.</source>
            <translation>{file} is password-protected; its text cannot be shown.</translation>
        </message>
        <message>
            <source>{file} is not a Word 97-2003 document GreenDesk can read; open it with its program.</source>
            <translation>{file} is not a Word 97-2003 document GreenDesk can read; open it with its program.</translation>
        </message>
        <message>
            <source>'{text}' is not PATH=CODE:ITEM (e.g. 照片/a.jpg=110105001001:3).</source>
            <translation>'{text}' is not PATH=CODE:ITEM (e.g. 照片/a.jpg=110105001001:3).</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>{file} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>{file} row {row}: expected path, community code, item number.</source>
            <translation>{file} row {row}: expected path, community code, item number.</translation>
        </message>
        <message>
            <source>{file} is not a readable file of {source}.</source>
            <translation>{file} is not a readable file of {source}.</translation>
        </message>
        <message>
            <source>{file}: community {code} is neither in the package nor an open recommendation of {year}.</source>
            <translation>{file}: community {code} is neither in the package nor an open recommendation of {year}.</translation>
        </message>
        <message>
            <source>{file}: the standard has no item {item}.</source>
            <translation>{file}: the standard has no item {item}.</translation>
        </message>
        <message>
            <source>holds no recommendation workbook and no evidence file; nothing can be imported.</source>
            <translation>holds no recommendation workbook and no evidence file; nothing can be imported.</translation>
        </message>
        <message>
            <source>{community} ({code}) is signed off for {year}; its {count} file(s) were skipped: {files}.</source>
            <translation>{community} ({code}) is signed off for {year}; its {count} file(s) were skipped: {files}.</translation>
        </message>
        <message>
            <source>{community} ({code}) has no recommendation for {year}; its {count} file(s) were not attached: {files}.</source>
            <translation>{community} ({code}) has no recommendation for {year}; its {count} file(s) were not attached: {files}.</translation>
        </message>
        <message>
            <source>The workbook is for {found}, but this import is for {year}: check the year before importing.</source>
            <translation>The workbook is for {found}, but this import is for {year}: check the year before importing.</translation>
        </message>
        <message>
            <source>Item {item}: '{outcome}' needs a comment that tells the street what to fix.</source>
            <translation>Item {item}: '{outcome}' needs a comment that tells the street what to fix.</translation>
        </message>
        <message>
            <source>{code}: a note may hold at most {limit} characters ({count} given).</source>
            <translation>{code}: a note may hold at most {limit} characters ({count} given).</translation>
        </message>
        <message>
            <source>{code}: there is no decision of round {round} to undo.</source>
            <translation>{code}: there is no decision of round {round} to undo.</translation>
        </message>
        <message>
            <source>{code}: item {item} has no decision of round {round} to clear.</source>
            <translation>{code}: item {item} has no decision of round {round} to clear.</translation>
        </message>
        <message>
            <source>{file} is {size} MB; a {kind} file may be at most {limit} MB and it was refused.</source>
            <translation>{file} is {size} MB; a {kind} file may be at most {limit} MB and it was refused.</translation>
        </message>
        <message>
            <source>{file} is a password-protected PDF; send it without a password.</source>
            <translation>{file} is a password-protected PDF; send it without a password.</translation>
        </message>
        <message>
            <source>{file} is a damaged PDF and cannot be opened ({reason}).</source>
            <translation>{file} is a damaged PDF and cannot be opened ({reason}).</translation>
        </message>
        <message>
            <source>{file} is a PDF without pages.</source>
            <translation>{file} is a PDF without pages.</translation>
        </message>
        <message>
            <source>A standard with id '{standard}' exists already; choose another id.</source>
            <translation>A standard with id '{standard}' exists already; choose another id.</translation>
        </message>
        <message>
            <source>{file} exists already; give another file name.</source>
            <translation>{file} exists already; give another file name.</translation>
        </message>
        <message>
            <source>Item {item}: {problem}</source>
            <translation>Item {item}: {problem}</translation>
        </message>
        <message>
            <source>Item {item}, rule {rule}: {problem}</source>
            <translation>Item {item}, rule {rule}: {problem}</translation>
        </message>
        <message>
            <source>the finding must be yes or no</source>
            <translation>the finding must be yes or no</translation>
        </message>
        <message>
            <source>the count must be a whole number from 0 to {limit}</source>
            <translation>the count must be a whole number from 0 to {limit}</translation>
        </message>
        <message>
            <source>the deduction must be 0 or between {low} and {high}</source>
            <translation>the deduction must be 0 or between {low} and {high}</translation>
        </message>
        <message>
            <source>missing sub-points must be numbers from 1 to {count}</source>
            <translation>missing sub-points must be numbers from 1 to {count}</translation>
        </message>
        <message>
            <source>only a gating item can be vetoed</source>
            <translation>only a gating item can be vetoed</translation>
        </message>
        <message>
            <source>Item {item} has no scoring rule '{rule}'.</source>
            <translation>Item {item} has no scoring rule '{rule}'.</translation>
        </message>
        <message>
            <source>say whether the item is met</source>
            <translation>say whether the item is met</translation>
        </message>
        <message>
            <source>no finding was given</source>
            <translation>no finding was given</translation>
        </message>
        <message>
            <source>No expert has scored this item yet.</source>
            <translation>No expert has scored this item yet.</translation>
        </message>
        <message>
            <source>is only allowed in a scored standard</source>
            <translation>is only allowed in a scored standard</translation>
        </message>
        <message>
            <source>is missing (an item with scoring rules needs its points)</source>
            <translation>is missing (an item with scoring rules needs its points)</translation>
        </message>
        <message>
            <source>has duplicate rule ids</source>
            <translation>has duplicate rule ids</translation>
        </message>
        <message>
            <source>has award parts adding up to {total}, more than the item's {points} points</source>
            <translation>has award parts adding up to {total}, more than the item's {points} points</translation>
        </message>
        <message>
            <source>must be 1-40 letters, digits, '.', '_' or '-'</source>
            <translation>must be 1-40 letters, digits, '.', '_' or '-'</translation>
        </message>
        <message>
            <source>is not a field of a '{kind}' rule (it takes {fields})</source>
            <translation>is not a field of a '{kind}' rule (it takes {fields})</translation>
        </message>
        <message>
            <source>must be more than 0</source>
            <translation>must be more than 0</translation>
        </message>
        <message>
            <source>must be at least points_each</source>
            <translation>must be at least points_each</translation>
        </message>
        <message>
            <source>must list at least one sub-point</source>
            <translation>must list at least one sub-point</translation>
        </message>
        <message>
            <source>lists a sub-point twice</source>
            <translation>lists a sub-point twice</translation>
        </message>
        <message>
            <source>names a method twice</source>
            <translation>names a method twice</translation>
        </message>
        <message>
            <source>must list at least one year</source>
            <translation>must list at least one year</translation>
        </message>
        <message>
            <source>lists a year twice</source>
            <translation>lists a year twice</translation>
        </message>
        <message>
            <source>Panel {panel} has no expert assigned to community {code}.</source>
            <translation>Panel {panel} has no expert assigned to community {code}.</translation>
        </message>
        <message>
            <source>--all-unflagged confirms at the experts' mean: give no --score or --reason.</source>
            <translation>--all-unflagged confirms at the experts' mean: give no --score or --reason.</translation>
        </message>
        <message>
            <source>The scores file {file} cannot be read as JSON: {reason}</source>
            <translation>The scores file {file} cannot be read as JSON: {reason}</translation>
        </message>
        <message>
            <source>The scores must map each community code to its items, each with findings and a comment.</source>
            <translation>The scores must map each community code to its items, each with findings and a comment.</translation>
        </message>
        <message>
            <source>Give a visit code, or --year and --day for a day's route.</source>
            <translation>Give a visit code, or --year and --day for a day's route.</translation>
        </message>
        <message>
            <source>--photo {value}: write it as ITEM=PATH, e.g. 3=IMG_0012.jpg.</source>
            <translation>--photo {value}: write it as ITEM=PATH, e.g. 3=IMG_0012.jpg.</translation>
        </message>
        <message>
            <source>'{user}' needs the administrator or approver role for this action.</source>
            <translation>'{user}' needs the administrator or approver role for this action.</translation>
        </message>
        <message>
            <source>Name at least one item, or none for every item.</source>
            <translation>Name at least one item, or none for every item.</translation>
        </message>
        <message>
            <source>Name at least one community.</source>
            <translation>Name at least one community.</translation>
        </message>
        <message>
            <source>Expert {key} is not active on panel {panel}.</source>
            <translation>Expert {key} is not active on panel {panel}.</translation>
        </message>
        <message>
            <source>'{user}' is expert {key} on panel {panel} and cannot confirm its scores (复核).</source>
            <translation>'{user}' is expert {key} on panel {panel} and cannot confirm its scores (复核).</translation>
        </message>
        <message>
            <source>Item {item} is not in the panel's standard.</source>
            <translation>Item {item} is not in the panel's standard.</translation>
        </message>
        <message>
            <source>Item {item} of community {code}: {experts} have not scored it yet.</source>
            <translation>Item {item} of community {code}: {experts} have not scored it yet.</translation>
        </message>
        <message>
            <source>Item {item} of community {code}: the score must be from 0 to {points}.</source>
            <translation>Item {item} of community {code}: the score must be from 0 to {points}.</translation>
        </message>
        <message>
            <source>Item {item} of community {code}: the experts disagree (spread {spread}); write the reason for the confirmed score.</source>
            <translation>Item {item} of community {code}: the experts disagree (spread {spread}); write the reason for the confirmed score.</translation>
        </message>
        <message>
            <source>Item {item} of community {code}: {score} differs from the experts' mean {mean}; write the reason (dissent).</source>
            <translation>Item {item} of community {code}: {score} differs from the experts' mean {mean}; write the reason (dissent).</translation>
        </message>
        <message>
            <source>The reason is longer than {limit} characters.</source>
            <translation>The reason is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>'{user}' is not an active expert on panel {panel}.</source>
            <translation>'{user}' is not an active expert on panel {panel}.</translation>
        </message>
        <message>
            <source>Item {item} of community {code}: {problem}.</source>
            <translation>Item {item} of community {code}: {problem}.</translation>
        </message>
        <message>
            <source>Expert {key} is not assigned item {item} of community {code}.</source>
            <translation>Expert {key} is not assigned item {item} of community {code}.</translation>
        </message>
        <message>
            <source>Item {item} of community {code} is already confirmed by the reviewer (复核人).</source>
            <translation>Item {item} of community {code} is already confirmed by the reviewer (复核人).</translation>
        </message>
        <message>
            <source>Findings for item {item}: {problem}</source>
            <translation>Findings for item {item}: {problem}</translation>
        </message>
        <message>
            <source>rule '{rule}' needs yes/no, a number or a list of sub-point numbers</source>
            <translation>rule '{rule}' needs yes/no, a number or a list of sub-point numbers</translation>
        </message>
        <message>
            <source>'{key}' must be true or false</source>
            <translation>'{key}' must be true or false</translation>
        </message>
        <message>
            <source>the text is longer than {limit} characters</source>
            <translation>the text is longer than {limit} characters</translation>
        </message>
        <message>
            <source>not JSON ({reason})</source>
            <translation>not JSON ({reason})</translation>
        </message>
        <message>
            <source>a JSON object is needed</source>
            <translation>a JSON object is needed</translation>
        </message>
        <message>
            <source>unknown key '{key}' (the keys are rules, met, vetoed, measured)</source>
            <translation>unknown key '{key}' (the keys are rules, met, vetoed, measured)</translation>
        </message>
        <message>
            <source>'rules' must map rule ids to findings</source>
            <translation>'rules' must map rule ids to findings</translation>
        </message>
        <message>
            <source>'measured' must be a number</source>
            <translation>'measured' must be a number</translation>
        </message>
        <message>
            <source>Panel {panel}: its standard ({sha}) is not in this workspace.</source>
            <translation>Panel {panel}: its standard ({sha}) is not in this workspace.</translation>
        </message>
        <message>
            <source>Expert {expert} has no communities assigned: nothing to put in a kit.</source>
            <translation>Expert {expert} has no communities assigned: nothing to put in a kit.</translation>
        </message>
        <message>
            <source>The stored evidence file {file} does not match its hash: run the full check.</source>
            <translation>The stored evidence file {file} does not match its hash: run the full check.</translation>
        </message>
        <message>
            <source>A part size of {size} MB would make more than {limit} parts.</source>
            <translation>A part size of {size} MB would make more than {limit} parts.</translation>
        </message>
        <message>
            <source>The part size must be at least 1 MB.</source>
            <translation>The part size must be at least 1 MB.</translation>
        </message>
        <message>
            <source>Expert {expert} is deactivated: no kit can be exported.</source>
            <translation>Expert {expert} is deactivated: no kit can be exported.</translation>
        </message>
        <message>
            <source>{file} is not a GreenDesk scoring kit: {reason}</source>
            <translation>{file} is not a GreenDesk scoring kit: {reason}</translation>
        </message>
        <message>
            <source>{file} is not a returned scoring kit (评分回执): {reason}</source>
            <translation>{file} is not a returned scoring kit (评分回执): {reason}</translation>
        </message>
        <message>
            <source>The returned kit {file} does not exist.</source>
            <translation>The returned kit {file} does not exist.</translation>
        </message>
        <message>
            <source>it is too large</source>
            <translation>it is too large</translation>
        </message>
        <message>
            <source>it is not a zip file holding return.json and return.hmac</source>
            <translation>it is not a zip file holding return.json and return.hmac</translation>
        </message>
        <message>
            <source>return.json is not {format}</source>
            <translation>return.json is not {format}</translation>
        </message>
        <message>
            <source>The returned kit {file} belongs to another workspace: it is not imported.</source>
            <translation>The returned kit {file} belongs to another workspace: it is not imported.</translation>
        </message>
        <message>
            <source>The returned kit {file} is for another panel ({panel}): it is not imported.</source>
            <translation>The returned kit {file} is for another panel ({panel}): it is not imported.</translation>
        </message>
        <message>
            <source>The returned kit {file} names expert {expert}, who is not an active expert with a kit on panel {panel}: it is not imported.</source>
            <translation>The returned kit {file} names expert {expert}, who is not an active expert with a kit on panel {panel}: it is not imported.</translation>
        </message>
        <message>
            <source>The returned kit {file} comes from a kit that a later export for expert {expert} superseded: ask the expert to score with the newest kit.</source>
            <translation>The returned kit {file} comes from a kit that a later export for expert {expert} superseded: ask the expert to score with the newest kit.</translation>
        </message>
        <message>
            <source>The returned kit {file} was altered or not made with this expert's kit (its HMAC does not match): it is not imported.</source>
            <translation>The returned kit {file} was altered or not made with this expert's kit (its HMAC does not match): it is not imported.</translation>
        </message>
        <message>
            <source>it lists no communities</source>
            <translation>it lists no communities</translation>
        </message>
        <message>
            <source>The returned kit {file} scores community {community}, which is not assigned to this expert.</source>
            <translation>The returned kit {file} scores community {community}, which is not assigned to this expert.</translation>
        </message>
        <message>
            <source>The returned kit {file} scores item {item} of {community}, which is not assigned to this expert.</source>
            <translation>The returned kit {file} scores item {item} of {community}, which is not assigned to this expert.</translation>
        </message>
        <message>
            <source>The returned kit {file}, community {community}: {problem}</source>
            <translation>The returned kit {file}, community {community}: {problem}</translation>
        </message>
        <message>
            <source>The returned kit {file}, community {community}, item {item}: the score {score} is not what the findings give ({expected}).</source>
            <translation>The returned kit {file}, community {community}, item {item}: the score {score} is not what the findings give ({expected}).</translation>
        </message>
        <message>
            <source>The returned kit {file}, community {community}, item {item}: {problem}.</source>
            <translation>The returned kit {file}, community {community}, item {item}: {problem}.</translation>
        </message>
        <message>
            <source>'{user}' needs the administrator or approver role to import a returned kit.</source>
            <translation>'{user}' needs the administrator or approver role to import a returned kit.</translation>
        </message>
        <message>
            <source>{file} is not part 001 of a split kit: open the part ending in .001.</source>
            <translation>{file} is not part 001 of a split kit: open the part ending in .001.</translation>
        </message>
        <message>
            <source>Part {part} of the kit is missing: copy it beside {file}.</source>
            <translation>Part {part} of the kit is missing: copy it beside {file}.</translation>
        </message>
        <message>
            <source>Part {part} of the kit is damaged (its SHA-256 differs from {checksum}).</source>
            <translation>Part {part} of the kit is damaged (its SHA-256 differs from {checksum}).</translation>
        </message>
        <message>
            <source>{member} is missing</source>
            <translation>{member} is missing</translation>
        </message>
        <message>
            <source>the signature is unreadable</source>
            <translation>the signature is unreadable</translation>
        </message>
        <message>
            <source>The kit {file} was altered: its signature does not match its contents.</source>
            <translation>The kit {file} was altered: its signature does not match its contents.</translation>
        </message>
        <message>
            <source>the member listing is unreadable</source>
            <translation>the member listing is unreadable</translation>
        </message>
        <message>
            <source>The kit {file} holds {member}, which its signed listing does not name.</source>
            <translation>The kit {file} holds {member}, which its signed listing does not name.</translation>
        </message>
        <message>
            <source>it holds an unexpected member {member}</source>
            <translation>it holds an unexpected member {member}</translation>
        </message>
        <message>
            <source>The kit {file} holds a program ({member}): it is not opened.</source>
            <translation>The kit {file} holds a program ({member}): it is not opened.</translation>
        </message>
        <message>
            <source>The kit {file} was altered: {member} differs from its signed checksum.</source>
            <translation>The kit {file} was altered: {member} differs from its signed checksum.</translation>
        </message>
        <message>
            <source>the manifest is too large</source>
            <translation>the manifest is too large</translation>
        </message>
        <message>
            <source>the manifest is not {format}</source>
            <translation>the manifest is not {format}</translation>
        </message>
        <message>
            <source>The kit {file} does not exist.</source>
            <translation>The kit {file} does not exist.</translation>
        </message>
        <message>
            <source>This 评分码 does not open the kit {file}: check the code the office gave you (12 characters; the kit must come from that office).</source>
            <translation>This 评分码 does not open the kit {file}: check the code the office gave you (12 characters; the kit must come from that office).</translation>
        </message>
        <message>
            <source>it is not a complete zip file</source>
            <translation>it is not a complete zip file</translation>
        </message>
        <message>
            <source>Item {item} of community {community} is not assigned in this kit.</source>
            <translation>Item {item} of community {community} is not assigned in this kit.</translation>
        </message>
        <message>
            <source>Nothing is scored yet: there is nothing to return.</source>
            <translation>Nothing is scored yet: there is nothing to return.</translation>
        </message>
        <message>
            <source>Panel {panel} has no community {code} to print.</source>
            <translation>Panel {panel} has no community {code} to print.</translation>
        </message>
        <message>
            <source>{file}: the score summary is written as .xlsx.</source>
            <translation>{file}: the score summary is written as .xlsx.</translation>
        </message>
        <message>
            <source>The panel has no expert {key}.</source>
            <translation>The panel has no expert {key}.</translation>
        </message>
        <message>
            <source>Several panels are named '{panel}': give the panel's number.</source>
            <translation>Several panels are named '{panel}': give the panel's number.</translation>
        </message>
        <message>
            <source>Panel {panel} is not in this workspace.</source>
            <translation>Panel {panel} is not in this workspace.</translation>
        </message>
        <message>
            <source>Panel {panel} has no expert {key}.</source>
            <translation>Panel {panel} has no expert {key}.</translation>
        </message>
        <message>
            <source>Community {code} has no recommendation in {year}, batch {batch}, that panel {panel} scores.</source>
            <translation>Community {code} has no recommendation in {year}, batch {batch}, that panel {panel} scores.</translation>
        </message>
        <message>
            <source>The {field} must not be empty.</source>
            <translation>The {field} must not be empty.</translation>
        </message>
        <message>
            <source>The {field} is longer than {limit} characters.</source>
            <translation>The {field} is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>The disagreement threshold must be a number of points from 0 to 100.</source>
            <translation>The disagreement threshold must be a number of points from 0 to 100.</translation>
        </message>
        <message>
            <source>Year {year}, batch {batch} is not a campaign year and batch.</source>
            <translation>Year {year}, batch {batch} is not a campaign year and batch.</translation>
        </message>
        <message>
            <source>Standard {standard} gives no points: a panel needs a scored standard.</source>
            <translation>Standard {standard} gives no points: a panel needs a scored standard.</translation>
        </message>
        <message>
            <source>Standard {standard} is not written for {year}.</source>
            <translation>Standard {standard} is not written for {year}.</translation>
        </message>
        <message>
            <source>A panel named '{panel}' already exists for {year}.</source>
            <translation>A panel named '{panel}' already exists for {year}.</translation>
        </message>
        <message>
            <source>No active account named '{user}'.</source>
            <translation>No active account named '{user}'.</translation>
        </message>
        <message>
            <source>'{user}' does not hold the expert role: give it first (user add/roles).</source>
            <translation>'{user}' does not hold the expert role: give it first (user add/roles).</translation>
        </message>
        <message>
            <source>'{user}' is already on panel {panel} as {key}.</source>
            <translation>'{user}' is already on panel {panel} as {key}.</translation>
        </message>
        <message>
            <source>{file}: a scoring sheet is written as .xlsx.</source>
            <translation>{file}: a scoring sheet is written as .xlsx.</translation>
        </message>
        <message>
            <source>Expert {expert} of panel {panel} has no community assigned: no sheet to export.</source>
            <translation>Expert {expert} of panel {panel} has no community assigned: no sheet to export.</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>and {count} more</translation>
        </message>
        <message>
            <source>{file} is not a GreenDesk scoring sheet (its hidden identity is missing or unreadable); export the expert's sheet from GreenDesk and fill that in.</source>
            <translation>{file} is not a GreenDesk scoring sheet (its hidden identity is missing or unreadable); export the expert's sheet from GreenDesk and fill that in.</translation>
        </message>
        <message>
            <source>{file} is a scoring sheet of another workspace; import it in the workspace that exported it.</source>
            <translation>{file} is a scoring sheet of another workspace; import it in the workspace that exported it.</translation>
        </message>
        <message>
            <source>{file}: the sheet's identity does not match its check code (it was changed, or made for another expert or panel); export a new sheet for the expert.</source>
            <translation>{file}: the sheet's identity does not match its check code (it was changed, or made for another expert or panel); export a new sheet for the expert.</translation>
        </message>
        <message>
            <source>sheet '{sheet}' is missing</source>
            <translation>sheet '{sheet}' is missing</translation>
        </message>
        <message>
            <source>sheet '{sheet}': community {code} is not assigned to {expert}</source>
            <translation>sheet '{sheet}': community {code} is not assigned to {expert}</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}: item {item} is not assigned to {expert}</source>
            <translation>sheet '{sheet}', row {row}: item {item} is not assigned to {expert}</translation>
        </message>
        <message>
            <source>{file} was not imported: {problems}.</source>
            <translation>{file} was not imported: {problems}.</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}: item {item} is no longer there</source>
            <translation>sheet '{sheet}', row {row}: item {item} is no longer there</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}, item {item}: '{value}' is not a score (a number from 0 to {points})</source>
            <translation>sheet '{sheet}', row {row}, item {item}: '{value}' is not a score (a number from 0 to {points})</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}, item {item}: {value} is outside 0 to {points}</source>
            <translation>sheet '{sheet}', row {row}, item {item}: {value} is outside 0 to {points}</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}, item {item}: {problem}</source>
            <translation>sheet '{sheet}', row {row}, item {item}: {problem}</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}, item {item}: a comment or veto without a score</source>
            <translation>sheet '{sheet}', row {row}, item {item}: a comment or veto without a score</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}, item {item}: veto '{value}' is not 是 or 否</source>
            <translation>sheet '{sheet}', row {row}, item {item}: veto '{value}' is not 是 or 否</translation>
        </message>
        <message>
            <source>Visit {visit}, {where}: {field} must be a number, not '{value}'.</source>
            <translation>Visit {visit}, {where}: {field} must be a number, not '{value}'.</translation>
        </message>
        <message>
            <source>Visit {visit}, {where}: {field} must be a whole number of 0 or more.</source>
            <translation>Visit {visit}, {where}: {field} must be a whole number of 0 or more.</translation>
        </message>
        <message>
            <source>Visit {visit}, {where}: unknown field '{field}' ({expected}).</source>
            <translation>Visit {visit}, {where}: unknown field '{field}' ({expected}).</translation>
        </message>
        <message>
            <source>Visit {visit}, questionnaire: {returned} returned is more than the {handed_out} handed out.</source>
            <translation>Visit {visit}, questionnaire: {returned} returned is more than the {handed_out} handed out.</translation>
        </message>
        <message>
            <source>Visit {visit}, questionnaire: satisfied, basically satisfied and dissatisfied add up to {answered}, not the {returned} returned.</source>
            <translation>Visit {visit}, questionnaire: satisfied, basically satisfied and dissatisfied add up to {answered}, not the {returned} returned.</translation>
        </message>
        <message>
            <source>Visit {visit}, notes: unknown heading '{heading}' ({expected}).</source>
            <translation>Visit {visit}, notes: unknown heading '{heading}' ({expected}).</translation>
        </message>
        <message>
            <source>Visit {visit}, notes: the text under {heading} must be text.</source>
            <translation>Visit {visit}, notes: the text under {heading} must be text.</translation>
        </message>
        <message>
            <source>Visit {visit}, item {item}: the standard {standard} has no such item.</source>
            <translation>Visit {visit}, item {item}: the standard {standard} has no such item.</translation>
        </message>
        <message>
            <source>Visit {visit}, item {item}: the standard is scored; give a score, not an outcome.</source>
            <translation>Visit {visit}, item {item}: the standard is scored; give a score, not an outcome.</translation>
        </message>
        <message>
            <source>Visit {visit}, item {item}: score {score} is outside 0 to {points}.</source>
            <translation>Visit {visit}, item {item}: score {score} is outside 0 to {points}.</translation>
        </message>
        <message>
            <source>Visit {visit}, item {item}: the standard is pass/fail; give an outcome, not a score.</source>
            <translation>Visit {visit}, item {item}: the standard is pass/fail; give an outcome, not a score.</translation>
        </message>
        <message>
            <source>Visit {visit}, item {item}: outcome '{outcome}' is not one of {expected}.</source>
            <translation>Visit {visit}, item {item}: outcome '{outcome}' is not one of {expected}.</translation>
        </message>
        <message>
            <source>Visit {visit}: the results must be an object with a list 'items'.</source>
            <translation>Visit {visit}: the results must be an object with a list 'items'.</translation>
        </message>
        <message>
            <source>Visit {visit}: every entry of 'items' needs a whole-number 'item'.</source>
            <translation>Visit {visit}: every entry of 'items' needs a whole-number 'item'.</translation>
        </message>
        <message>
            <source>Visit {visit}: 'notes' and 'questionnaire' must be objects.</source>
            <translation>Visit {visit}: 'notes' and 'questionnaire' must be objects.</translation>
        </message>
        <message>
            <source>Visit {visit}, item {item}: {file} cannot be read: {reason}</source>
            <translation>Visit {visit}, item {item}: {file} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>Visit {visit} is cancelled: it cannot be recorded.</source>
            <translation>Visit {visit} is cancelled: it cannot be recorded.</translation>
        </message>
        <message>
            <source>{code} is signed off for {year}; unlock it before attaching the visit's photos.</source>
            <translation>{code} is signed off for {year}; unlock it before attaching the visit's photos.</translation>
        </message>
        <message>
            <source>'{text}' is not the QR code of a GreenDesk site-visit form.</source>
            <translation>'{text}' is not the QR code of a GreenDesk site-visit form.</translation>
        </message>
        <message>
            <source>'{user}' needs one of the roles {roles} for this action.</source>
            <translation>'{user}' needs one of the roles {roles} for this action.</translation>
        </message>
        <message>
            <source>No site visit has the code {visit}.</source>
            <translation>No site visit has the code {visit}.</translation>
        </message>
        <message>
            <source>Street {street} has no recommended community for {year}.</source>
            <translation>Street {street} has no recommended community for {year}.</translation>
        </message>
        <message>
            <source>Community {code} is recommended in batch {actual} of {year}, not {batch}.</source>
            <translation>Community {code} is recommended in batch {actual} of {year}, not {batch}.</translation>
        </message>
        <message>
            <source>There is no panel {panel} for {year}.</source>
            <translation>There is no panel {panel} for {year}.</translation>
        </message>
        <message>
            <source>Name the communities or streets to visit.</source>
            <translation>Name the communities or streets to visit.</translation>
        </message>
        <message>
            <source>Visit {visit} is {status}: only a planned visit can be moved.</source>
            <translation>Visit {visit} is {status}: only a planned visit can be moved.</translation>
        </message>
        <message>
            <source>Visit {visit} is {status}: only a planned visit can be cancelled.</source>
            <translation>Visit {visit} is {status}: only a planned visit can be cancelled.</translation>
        </message>
        <message>
            <source>No site visit is planned for {day} ({year}).</source>
            <translation>No site visit is planned for {day} ({year}).</translation>
        </message>
        <message>
            <source>A naming needs its document number (文号), at most {limit} characters.</source>
            <translation>A naming needs its document number (文号), at most {limit} characters.</translation>
        </message>
        <message>
            <source>{code}: unknown tier '{tier}' (use {choices}).</source>
            <translation>{code}: unknown tier '{tier}' (use {choices}).</translation>
        </message>
        <message>
            <source>Public notice {id} is still open: close it before naming.</source>
            <translation>Public notice {id} is still open: close it before naming.</translation>
        </message>
        <message>
            <source>Objection {id} to this notice is not decided yet: decide it first.</source>
            <translation>Objection {id} to this notice is not decided yet: decide it first.</translation>
        </message>
        <message>
            <source>Objection {objection} against public notice {id} as a whole was upheld: nothing can be named from this notice; correct the list and publish a new notice.</source>
            <translation>Objection {objection} against public notice {id} as a whole was upheld: nothing can be named from this notice; correct the list and publish a new notice.</translation>
        </message>
        <message>
            <source>Public notice {id} has been named already.</source>
            <translation>Public notice {id} has been named already.</translation>
        </message>
        <message>
            <source>{code} cannot be named from public notice {id}.</source>
            <translation>{code} cannot be named from public notice {id}.</translation>
        </message>
        <message>
            <source>Every community of public notice {id} had an upheld objection.</source>
            <translation>Every community of public notice {id} had an upheld objection.</translation>
        </message>
        <message>
            <source>{code} has been named for {year} already.</source>
            <translation>{code} has been named for {year} already.</translation>
        </message>
        <message>
            <source>Public notice {id} has not been named yet.</source>
            <translation>Public notice {id} has not been named yet.</translation>
        </message>
        <message>
            <source>There is no public notice {id}.</source>
            <translation>There is no public notice {id}.</translation>
        </message>
        <message>
            <source>A notice's text may hold at most {limit} characters.</source>
            <translation>A notice's text may hold at most {limit} characters.</translation>
        </message>
        <message>
            <source>No signed-off community of {year} (batch {batch}) is waiting for a public notice.</source>
            <translation>No signed-off community of {year} (batch {batch}) is waiting for a public notice.</translation>
        </message>
        <message>
            <source>A public notice of {year} starts between {first} and {last}, not on {start}.</source>
            <translation>A public notice of {year} starts between {first} and {last}, not on {start}.</translation>
        </message>
        <message>
            <source>Public notice {id} is already closed.</source>
            <translation>Public notice {id} is already closed.</translation>
        </message>
        <message>
            <source>Public notice {id} runs until {end}; it can be closed after that.</source>
            <translation>Public notice {id} runs until {end}; it can be closed after that.</translation>
        </message>
        <message>
            <source>Unknown kind of objector '{kind}' (use {choices}).</source>
            <translation>Unknown kind of objector '{kind}' (use {choices}).</translation>
        </message>
        <message>
            <source>An objection needs the objector's name and its content.</source>
            <translation>An objection needs the objector's name and its content.</translation>
        </message>
        <message>
            <source>An objector's name may hold at most {limit} characters.</source>
            <translation>An objector's name may hold at most {limit} characters.</translation>
        </message>
        <message>
            <source>An objection's content may hold at most {limit} characters.</source>
            <translation>An objection's content may hold at most {limit} characters.</translation>
        </message>
        <message>
            <source>Public notice {id} is closed: objections can no longer be recorded against it.</source>
            <translation>Public notice {id} is closed: objections can no longer be recorded against it.</translation>
        </message>
        <message>
            <source>An ID number or a contact may hold at most {limit} characters.</source>
            <translation>An ID number or a contact may hold at most {limit} characters.</translation>
        </message>
        <message>
            <source>An objection cannot be received after today ({day} given).</source>
            <translation>An objection cannot be received after today ({day} given).</translation>
        </message>
        <message>
            <source>{code} is not on public notice {id}.</source>
            <translation>{code} is not on public notice {id}.</translation>
        </message>
        <message>
            <source>An objection is decided as {choices}.</source>
            <translation>An objection is decided as {choices}.</translation>
        </message>
        <message>
            <source>Deciding an objection needs a reason of at most {limit} characters.</source>
            <translation>Deciding an objection needs a reason of at most {limit} characters.</translation>
        </message>
        <message>
            <source>There is no objection {id}.</source>
            <translation>There is no objection {id}.</translation>
        </message>
        <message>
            <source>Objection {id} has been decided already.</source>
            <translation>Objection {id} has been decided already.</translation>
        </message>
        <message>
            <source>A campaign year is between {first} and {last} ({year} given).</source>
            <translation>A campaign year is between {first} and {last} ({year} given).</translation>
        </message>
        <message>
            <source>China's official holidays for {year} are not known to this version of GreenDesk: give the notice period in calendar days, or update GreenDesk.</source>
            <translation>China's official holidays for {year} are not known to this version of GreenDesk: give the notice period in calendar days, or update GreenDesk.</translation>
        </message>
        <message>
            <source>Unknown kind of notice period '{kind}' (use {choices}).</source>
            <translation>Unknown kind of notice period '{kind}' (use {choices}).</translation>
        </message>
        <message>
            <source>A notice period must be 1 to {limit} days ({days} given).</source>
            <translation>A notice period must be 1 to {limit} days ({days} given).</translation>
        </message>
        <message>
            <source>No community was named before {year}: there is nothing to re-check.</source>
            <translation>No community was named before {year}: there is nothing to re-check.</translation>
        </message>
        <message>
            <source>A re-check outcome is one of {choices}.</source>
            <translation>A re-check outcome is one of {choices}.</translation>
        </message>
        <message>
            <source>限期整改 needs a deadline after today and by {last}.</source>
            <translation>限期整改 needs a deadline after today and by {last}.</translation>
        </message>
        <message>
            <source>A re-check takes effect from today to {last}, not on {day}.</source>
            <translation>A re-check takes effect from today to {last}, not on {day}.</translation>
        </message>
        <message>
            <source>A re-check note may hold at most {limit} characters.</source>
            <translation>A re-check note may hold at most {limit} characters.</translation>
        </message>
        <message>
            <source>{code} is not in the sample of re-check plan {id}.</source>
            <translation>{code} is not in the sample of re-check plan {id}.</translation>
        </message>
        <message>
            <source>{code} has not been named: nothing to re-check.</source>
            <translation>{code} has not been named: nothing to re-check.</translation>
        </message>
        <message>
            <source>{code}'s name is revoked already.</source>
            <translation>{code}'s name is revoked already.</translation>
        </message>
        <message>
            <source>A rework deadline is today or later, not {day}.</source>
            <translation>A rework deadline is today or later, not {day}.</translation>
        </message>
        <message>
            <source>{code} is not returned for rework: it has no rework deadline.</source>
            <translation>{code} is not returned for rework: it has no rework deadline.</translation>
        </message>
        <message>
            <source>A sample must hold 1 to {limit} communities.</source>
            <translation>A sample must hold 1 to {limit} communities.</translation>
        </message>
        <message>
            <source>A sample's seed may hold at most {limit} characters.</source>
            <translation>A sample's seed may hold at most {limit} characters.</translation>
        </message>
        <message>
            <source>District {code} is not a district of this city.</source>
            <translation>District {code} is not a district of this city.</translation>
        </message>
        <message>
            <source>{file} was not imported: {problem}</source>
            <translation>{file} was not imported: {problem}</translation>
        </message>
        <message>
            <source>{file} is signed by the key {fingerprint}, which is not in this city's trust store: register the district's key first (greendesk keys trust FINGERPRINT --district CODE).</source>
            <translation>{file} is signed by the key {fingerprint}, which is not in this city's trust store: register the district's key first (greendesk keys trust FINGERPRINT --district CODE).</translation>
        </message>
        <message>
            <source>{file} claims to come from district {claimed}, but its signing key is registered for district {registered}: it was not imported.</source>
            <translation>{file} claims to come from district {claimed}, but its signing key is registered for district {registered}: it was not imported.</translation>
        </message>
        <message>
            <source>{file} failed verification (altered or damaged), so it was not imported: {problems}</source>
            <translation>{file} failed verification (altered or damaged), so it was not imported: {problems}</translation>
        </message>
        <message>
            <source>{file} comes from district {code}, which is not a district of this city ({city}).</source>
            <translation>{file} comes from district {code}, which is not a district of this city ({city}).</translation>
        </message>
        <message>
            <source>{file} is a format-1 package: it carries no machine-readable figures for the city. Ask the district to re-export it with this version of GreenDesk.</source>
            <translation>{file} is a format-1 package: it carries no machine-readable figures for the city. Ask the district to re-export it with this version of GreenDesk.</translation>
        </message>
        <message>
            <source>{file} was already imported on {date} by {user} (package {id}); nothing was changed.</source>
            <translation>{file} was already imported on {date} by {user} (package {id}); nothing was changed.</translation>
        </message>
        <message>
            <source>{file} is dated {as_of}, later than this computer's clock ({now}): check the date and time on the district's computer and on this one; it was not imported.</source>
            <translation>{file} is dated {as_of}, later than this computer's clock ({now}): check the date and time on the district's computer and on this one; it was not imported.</translation>
        </message>
        <message>
            <source>This is the district workspace of {name} ({code}): the city's commands (import of district packages, city progress, spot-check samples) need a city workspace (greendesk init --district 110000).</source>
            <translation>This is the district workspace of {name} ({code}): the city's commands (import of district packages, city progress, spot-check samples) need a city workspace (greendesk init --district 110000).</translation>
        </message>
        <message>
            <source>This is the city workspace of {name} ({code}): streets' workbooks are imported and reviewed in the district workspaces; the city imports the districts' packages (greendesk city import PACKAGE).</source>
            <translation>This is the city workspace of {name} ({code}): streets' workbooks are imported and reviewed in the district workspaces; the city imports the districts' packages (greendesk city import PACKAGE).</translation>
        </message>
        <message>
            <source>{code} is not the code of a district of {city} ({city_code}).</source>
            <translation>{code} is not the code of a district of {city} ({city_code}).</translation>
        </message>
        <message>
            <source>District {code} needs a name and its number of urban communities (1 to {limit}).</source>
            <translation>District {code} needs a name and its number of urban communities (1 to {limit}).</translation>
        </message>
        <message>
            <source>Cannot write the city report into {folder}: {reason}</source>
            <translation>Cannot write the city report into {folder}: {reason}</translation>
        </message>
        <message>
            <source>No district package of {year} reports a passed community: nothing to sample.</source>
            <translation>No district package of {year} reports a passed community: nothing to sample.</translation>
        </message>
        <message>
            <source>Cannot write the work list {file}: {reason}</source>
            <translation>Cannot write the work list {file}: {reason}</translation>
        </message>
        <message>
            <source>Report snapshot {id} ({period}) is a draft: only a submitted report is packaged (greendesk report submit {id}).</source>
            <translation>Report snapshot {id} ({period}) is a draft: only a submitted report is packaged (greendesk report submit {id}).</translation>
        </message>
        <message>
            <source>{file} is not a file.</source>
            <translation>{file} is not a file.</translation>
        </message>
        <message>
            <source>{file} is a program; an objection's attachments are documents or images only.</source>
            <translation>{file} is a program; an objection's attachments are documents or images only.</translation>
        </message>
        <message>
            <source>{file} is {size} MB; an objection's attachment may be at most {limit} MB.</source>
            <translation>{file} is {size} MB; an objection's attachment may be at most {limit} MB.</translation>
        </message>
        <message>
            <source>{file} is neither a document nor an image (PDF, OFD, Word, Excel, text, JPEG, PNG ...); it cannot be attached to an objection.</source>
            <translation>{file} is neither a document nor an image (PDF, OFD, Word, Excel, text, JPEG, PNG ...); it cannot be attached to an objection.</translation>
        </message>
        <message>
            <source>An objection takes at most {limit} attachments ({count} given).</source>
            <translation>An objection takes at most {limit} attachments ({count} given).</translation>
        </message>
        <message>
            <source>{code} is not a district in this city's registry.</source>
            <translation>{code} is not a district in this city's registry.</translation>
        </message>
        <message>
            <source>The target share {share} for district {code} must be above 0 and at most 100 %.</source>
            <translation>The target share {share} for district {code} must be above 0 and at most 100 %.</translation>
        </message>
        <message>
            <source>the comment is not text</source>
            <translation>the comment is not text</translation>
        </message>
        <message>
            <source>the comment is longer than {limit} characters</source>
            <translation>the comment is longer than {limit} characters</translation>
        </message>
        <message>
            <source>the comment holds a control character ({text})</source>
            <translation>the comment holds a control character ({text})</translation>
        </message>
        <message>
            <source>{file} is a folder. Give the name of the file to write (in that folder or elsewhere).</source>
            <translation>{file} is a folder. Give the name of the file to write (in that folder or elsewhere).</translation>
        </message>
    </context>
    <context>
        <name>EvidencePane</name>
        <message>
            <source>No evidence for this item.</source>
            <translation>No evidence for this item.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
    </context>
    <context>
        <name>ExpertScoringScreen</name>
        <message>
            <source>Assigned items</source>
            <translation>Assigned items</translation>
        </message>
        <message>
            <source>Items assigned to you</source>
            <translation>Items assigned to you</translation>
        </message>
        <message>
            <source>Sa&amp;ve score</source>
            <translation>Sa&amp;ve score</translation>
        </message>
        <message numerus="yes">
            <source>%n items assigned to you. Scores are computed from your findings by the standard's rules.</source>
            <translation>
                <numerusform>%n item assigned to you. Scores are computed from your findings by the standard's rules.</numerusform>
                <numerusform>%n items assigned to you. Scores are computed from your findings by the standard's rules.</numerusform>
            </translation>
        </message>
        <message>
            <source>No items are assigned to you on any panel.</source>
            <translation>No items are assigned to you on any panel.</translation>
        </message>
        <message>
            <source>{community} · item {number}  [{score} / {points}]</source>
            <translation>{community} · item {number}  [{score} / {points}]</translation>
        </message>
        <message>
            <source>(confirmed)</source>
            <translation>(confirmed)</translation>
        </message>
        <message>
            <source>Confirmed by the reviewer (复核人): no longer editable.</source>
            <translation>Confirmed by the reviewer (复核人): no longer editable.</translation>
        </message>
        <message>
            <source>Saved: item {number} of {community} scores {score} of {points}.</source>
            <translation>Saved: item {number} of {community} scores {score} of {points}.</translation>
        </message>
    </context>
    <context>
        <name>ExpertWindow</name>
        <message>
            <source>GreenDesk expert mode — {panel} {year} — {expert}</source>
            <translation>GreenDesk expert mode — {panel} {year} — {expert}</translation>
        </message>
        <message>
            <source>{district} · panel {panel} ({year}, batch {batch}) · expert {key} {name} · signed by {fingerprint}</source>
            <translation>{district} · panel {panel} ({year}, batch {batch}) · expert {key} {name} · signed by {fingerprint}</translation>
        </message>
        <message>
            <source>Communities</source>
            <translation>Communities</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Export returned kit (评分回执)…</source>
            <translation>Export returned kit (评分回执)…</translation>
        </message>
        <message>
            <source>{number}. {text}  [{score} / {points}]</source>
            <translation>{number}. {text}  [{score} / {points}]</translation>
        </message>
        <message>
            <source>{done} of {total} items scored; saved on this PC as you go.</source>
            <translation>{done} of {total} items scored; saved on this PC as you go.</translation>
        </message>
        <message>
            <source>Export returned kit</source>
            <translation>Export returned kit</translation>
        </message>
        <message>
            <source>Returned kits (*.gdret)</source>
            <translation>Returned kits (*.gdret)</translation>
        </message>
        <message>
            <source>The returned kit was written to {path}. Send it to the office (USB stick, OA or IM).</source>
            <translation>The returned kit was written to {path}. Send it to the office (USB stick, OA or IM).</translation>
        </message>
    </context>
    <context>
        <name>ExpertsTab</name>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Communities</source>
            <translation>Communities</translation>
        </message>
        <message>
            <source>&amp;Add expert…</source>
            <translation>&amp;Add expert…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Deactivate</translation>
        </message>
        <message>
            <source>external</source>
            <translation>external</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>inactive</translation>
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation>&amp;Activate</translation>
        </message>
        <message>
            <source>Experts</source>
            <translation>Experts</translation>
        </message>
    </context>
    <context>
        <name>ExportPackageDialog</name>
        <message>
            <source>Export application package</source>
            <translation>Export application package</translation>
        </message>
        <message>
            <source>All batches</source>
            <translation>All batches</translation>
        </message>
        <message>
            <source>Save the package as</source>
            <translation>Save the package as</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Output file</source>
            <translation>Output file</translation>
        </message>
        <message>
            <source>Only signed-off communities are included. The package is signed with this workspace's key.</source>
            <translation>Only signed-off communities are included. The package is signed with this workspace's key.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Choose where to save the package.</source>
            <translation>Choose where to save the package.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Cancel export</source>
            <translation>Cancel export</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Package written: {path}
{communities} communities ({passed} passed), {photos} photos.
Signing key fingerprint: {fingerprint}</source>
            <translation>Package written: {path}
{communities} communities ({passed} passed), {photos} photos.
Signing key fingerprint: {fingerprint}</translation>
        </message>
        <message>
            <source>Application package exported.</source>
            <translation>Application package exported.</translation>
        </message>
        <message>
            <source>The export failed: {reason}</source>
            <translation>The export failed: {reason}</translation>
        </message>
        <message>
            <source>The export was cancelled; no package was written.</source>
            <translation>The export was cancelled; no package was written.</translation>
        </message>
    </context>
    <context>
        <name>FindingsEditor</name>
        <message>
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Comment (reasons, dissent)</source>
            <translation>Comment (reasons, dissent)</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Item {number} ({points} points): {text}</source>
            <translation>Item {number} ({points} points): {text}</translation>
        </message>
        <message>
            <source>met (all {points} points)</source>
            <translation>met (all {points} points)</translation>
        </message>
        <message>
            <source>Veto (一票否决): the community fails whatever its total</source>
            <translation>Veto (一票否决): the community fails whatever its total</translation>
        </message>
        <message>
            <source>Score: {score} of {points}</source>
            <translation>Score: {score} of {points}</translation>
        </message>
        <message>
            <source>vetoed</source>
            <translation>vetoed</translation>
        </message>
    </context>
    <context>
        <name>FirstAdministratorDialog</name>
        <message>
            <source>Create the administrator</source>
            <translation>Create the administrator</translation>
        </message>
        <message>
            <source>This workspace has no administrator account yet; create it before you start.</source>
            <translation>This workspace has no administrator account yet; create it before you start.</translation>
        </message>
        <message>
            <source>Create and sign in</source>
            <translation>Create and sign in</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to GreenDesk</source>
            <translation>Welcome to GreenDesk</translation>
        </message>
        <message>
            <source>Choose the district this workspace reviews. The workspace will be created in:</source>
            <translation>Choose the district this workspace reviews. The workspace will be created in:</translation>
        </message>
        <message>
            <source>Other district (enter code and name)</source>
            <translation>Other district (enter code and name)</translation>
        </message>
        <message>
            <source>6-digit code, e.g. 441802</source>
            <translation>6-digit code, e.g. 441802</translation>
        </message>
        <message>
            <source>District name, e.g. 清城区</source>
            <translation>District name, e.g. 清城区</translation>
        </message>
        <message>
            <source>Load the official registry (2023 edition) now</source>
            <translation>Load the official registry (2023 edition) now</translation>
        </message>
        <message>
            <source>District:</source>
            <translation>District:</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Open a scoring kit (expert)…</source>
            <translation>Open a scoring kit (expert)…</translation>
        </message>
        <message>
            <source>For an expert scoring on this PC: no workspace is needed.</source>
            <translation>For an expert scoring on this PC: no workspace is needed.</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Create workspace</source>
            <translation>Create workspace</translation>
        </message>
    </context>
    <context>
        <name>Fonts</name>
        <message>
            <source>the system font {file}</source>
            <translation>the system font {file}</translation>
        </message>
        <message>
            <source>{wanted} is not installed: {file} stands in</source>
            <translation>{wanted} is not installed: {file} stands in</translation>
        </message>
        <message>
            <source>set by GREENDESK_PDF_FONT: {file}</source>
            <translation>set by GREENDESK_PDF_FONT: {file}</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <source>There is no good backup to restore.</source>
            <translation>There is no good backup to restore.</translation>
        </message>
        <message>
            <source>The newest good backup is from {backup}. Work done after it would be lost and cannot be listed.</source>
            <translation>The newest good backup is from {backup}. Work done after it would be lost and cannot be listed.</translation>
        </message>
        <message>
            <source>The newest good backup is from {backup}; about {count} recorded changes made after it would be lost.</source>
            <translation>The newest good backup is from {backup}; about {count} recorded changes made after it would be lost.</translation>
        </message>
        <message>
            <source>The damaged file still opens and is newer than every backup: you can also continue with it as it is (the missing changes stay lost).</source>
            <translation>The damaged file still opens and is newer than every backup: you can also continue with it as it is (the missing changes stay lost).</translation>
        </message>
        <message>
            <source>The workspace database is missing from this folder, although the folder holds the workspace's backups or its commit record.</source>
            <translation>The workspace database is missing from this folder, although the folder holds the workspace's backups or its commit record.</translation>
        </message>
        <message>
            <source>The database no longer holds the last of the {recorded} changes GreenDesk saved (saved {at}): its write-ahead log (the -wal file) was rolled back or damaged. It has been moved to {file}.</source>
            <translation>The database no longer holds the last of the {recorded} changes GreenDesk saved (saved {at}): its write-ahead log (the -wal file) was rolled back or damaged. It has been moved to {file}.</translation>
        </message>
        <message>
            <source>The database lost {missing} of the {recorded} changes GreenDesk saved (the last one saved {at}): its write-ahead log (the -wal file) is missing or damaged. It has been moved to {file}.</source>
            <translation>The database lost {missing} of the {recorded} changes GreenDesk saved (the last one saved {at}): its write-ahead log (the -wal file) is missing or damaged. It has been moved to {file}.</translation>
        </message>
        <message>
            <source>The database file holds no workspace (it is empty or not a GreenDesk database), although GreenDesk saved {recorded} changes in it (the last one saved {at}). It has been moved to {file}.</source>
            <translation>The database file holds no workspace (it is empty or not a GreenDesk database), although GreenDesk saved {recorded} changes in it (the last one saved {at}). It has been moved to {file}.</translation>
        </message>
        <message>
            <source>The database file held no workspace (it is empty or not a GreenDesk database) and has been moved to {file}.</source>
            <translation>The database file held no workspace (it is empty or not a GreenDesk database) and has been moved to {file}.</translation>
        </message>
        <message>
            <source>The database was damaged and has been moved to {file}. There is no good backup to restore.</source>
            <translation>The database was damaged and has been moved to {file}. There is no good backup to restore.</translation>
        </message>
        <message>
            <source>The database was damaged and has been moved to {file}. The newest good backup is from {backup}; the damaged file was last changed {modified}. Work done between these times would be lost and cannot be listed.</source>
            <translation>The database was damaged and has been moved to {file}. The newest good backup is from {backup}; the damaged file was last changed {modified}. Work done between these times would be lost and cannot be listed.</translation>
        </message>
        <message>
            <source>The database was damaged and has been moved to {file}. The newest good backup is from {backup}; the damaged file was last changed {modified}. About {count} recorded changes made after the backup would be lost.</source>
            <translation>The database was damaged and has been moved to {file}. The newest good backup is from {backup}; the damaged file was last changed {modified}. About {count} recorded changes made after the backup would be lost.</translation>
        </message>
        <message>
            <source>Database integrity: {problem}</source>
            <translation>Database integrity: {problem}</translation>
        </message>
        <message>
            <source>Audit log entry {id} was edited (its content no longer matches its hash).</source>
            <translation>Audit log entry {id} was edited (its content no longer matches its hash).</translation>
        </message>
        <message>
            <source>Audit log entry {id} does not follow its predecessor: an entry was deleted or inserted.</source>
            <translation>Audit log entry {id} does not follow its predecessor: an entry was deleted or inserted.</translation>
        </message>
        <message>
            <source>Broken reference: {reference} does not exist.</source>
            <translation>Broken reference: {reference} does not exist.</translation>
        </message>
        <message>
            <source>Damaged text in table {table}, row {row}, column {column}: its bytes are not valid UTF-8.</source>
            <translation>Damaged text in table {table}, row {row}, column {column}: its bytes are not valid UTF-8.</translation>
        </message>
        <message>
            <source>Damaged text in table {table}, row {row}, column {column}: it holds binary data.</source>
            <translation>Damaged text in table {table}, row {row}, column {column}: it holds binary data.</translation>
        </message>
        <message>
            <source>Photo {sha} is missing from the store.</source>
            <translation>Photo {sha} is missing from the store.</translation>
        </message>
        <message>
            <source>File photos/{file} belongs to no photo.</source>
            <translation>File photos/{file} belongs to no photo.</translation>
        </message>
        <message>
            <source>Photo {sha} was altered: its bytes no longer match its hash.</source>
            <translation>Photo {sha} was altered: its bytes no longer match its hash.</translation>
        </message>
        <message>
            <source>Rendition photos/{file} was replaced or damaged: it no longer matches the record of what it was derived from (it is re-derived before use; 'greendesk check --repair' removes it).</source>
            <translation>Rendition photos/{file} was replaced or damaged: it no longer matches the record of what it was derived from (it is re-derived before use; 'greendesk check --repair' removes it).</translation>
        </message>
        <message>
            <source>{count} unreferenced files in the photo store are kept from a later state (a backup or a set-aside database references them, as after a restore to an older backup).</source>
            <translation>{count} unreferenced files in the photo store are kept from a later state (a backup or a set-aside database references them, as after a restore to an older backup).</translation>
        </message>
        <message>
            <source>{count} thumbnails and print copies were made before GreenDesk recorded their hashes; they are re-derived from the originals before use.</source>
            <translation>{count} thumbnails and print copies were made before GreenDesk recorded their hashes; they are re-derived from the originals before use.</translation>
        </message>
        <message>
            <source>The audit log was cut short: it had {last} entries on {date}, now it has {first}.</source>
            <translation>The audit log was cut short: it had {last} entries on {date}, now it has {first}.</translation>
        </message>
        <message>
            <source>The audit log was rewritten at entry {first}: entry {last} no longer has the hash recorded on {date}.</source>
            <translation>The audit log was rewritten at entry {first}: entry {last} no longer has the hash recorded on {date}.</translation>
        </message>
        <message>
            <source>Audit entries {first} to {last} were not written by GreenDesk on this computer: they were added to the database directly, or on another computer.</source>
            <translation>Audit entries {first} to {last} were not written by GreenDesk on this computer: they were added to the database directly, or on another computer.</translation>
        </message>
        <message>
            <source>The workspace id {current} is not the one its audit log records ({logged}): it was changed in the database.</source>
            <translation>The workspace id {current} is not the one its audit log records ({logged}): it was changed in the database.</translation>
        </message>
        <message>
            <source>Backup {id} belongs to another workspace (id {other}).</source>
            <translation>Backup {id} belongs to another workspace (id {other}).</translation>
        </message>
        <message>
            <source>No backup agrees with the anchors.</source>
            <translation>No backup agrees with the anchors.</translation>
        </message>
        <message>
            <source>The newest backup that agrees with the anchors is {id} from {date}: 'greendesk restore {id}' brings it back (the current database is kept aside).</source>
            <translation>The newest backup that agrees with the anchors is {id} from {date}: 'greendesk restore {id}' brings it back (the current database is kept aside).</translation>
        </message>
        <message>
            <source>This computer holds no anchors of this workspace (it was used elsewhere, or before anchors existed); only the backups' anchors were compared.</source>
            <translation>This computer holds no anchors of this workspace (it was used elsewhere, or before anchors existed); only the backups' anchors were compared.</translation>
        </message>
        <message>
            <source>{count} decision rows date from before this workspace was upgraded to a recorded review state; the audit log cannot vouch for them one by one.</source>
            <translation>{count} decision rows date from before this workspace was upgraded to a recorded review state; the audit log cannot vouch for them one by one.</translation>
        </message>
        <message>
            <source>{code} ({year}): the recommendation is in the database but not in the audit log.</source>
            <translation>{code} ({year}): the recommendation is in the database but not in the audit log.</translation>
        </message>
        <message>
            <source>{code} ({year}): the audit log records the recommendation, but the database has none.</source>
            <translation>{code} ({year}): the audit log records the recommendation, but the database has none.</translation>
        </message>
        <message>
            <source>{code} ({year}): {field} is '{actual}' in the database, but the audit log says '{expected}'.</source>
            <translation>{code} ({year}): {field} is '{actual}' in the database, but the audit log says '{expected}'.</translation>
        </message>
        <message>
            <source>{code} ({year}): the decision '{outcome}' by {user} on item {item} (round {round}) is not in the audit log.</source>
            <translation>{code} ({year}): the decision '{outcome}' by {user} on item {item} (round {round}) is not in the audit log.</translation>
        </message>
        <message>
            <source>{code} ({year}): audit entry {entry} records the decision '{outcome}' on item {item} (round {round}), but the database has no such decision.</source>
            <translation>{code} ({year}): audit entry {entry} records the decision '{outcome}' on item {item} (round {round}), but the database has no such decision.</translation>
        </message>
        <message>
            <source>{code} ({year}): the decisions on item {item} (round {round}) are not in the order the audit log recorded, so a different one counts.</source>
            <translation>{code} ({year}): the decisions on item {item} (round {round}) are not in the order the audit log recorded, so a different one counts.</translation>
        </message>
        <message>
            <source>{code} ({year}): decision row {row} on item {item} (round {round}) says it was made {actual}, but audit entry {entry} recorded it {expected}.</source>
            <translation>{code} ({year}): decision row {row} on item {item} (round {round}) says it was made {actual}, but audit entry {entry} recorded it {expected}.</translation>
        </message>
        <message>
            <source>Decision row {row} is not where the audit log puts it: entry {entry} records a different decision at that place (decision rows were renumbered or reordered with SQL).</source>
            <translation>Decision row {row} is not where the audit log puts it: entry {entry} records a different decision at that place (decision rows were renumbered or reordered with SQL).</translation>
        </message>
        <message>
            <source>Decision row {row} belongs to no recommendation (recommendation id {recommendation}): it was written to the database directly.</source>
            <translation>Decision row {row} belongs to no recommendation (recommendation id {recommendation}): it was written to the database directly.</translation>
        </message>
        <message>
            <source>The {count} decision rows recorded before the upgrade of {date} were changed with SQL: they no longer match what the upgrade recorded (entry {entry}).</source>
            <translation>The {count} decision rows recorded before the upgrade of {date} were changed with SQL: they no longer match what the upgrade recorded (entry {entry}).</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>not decided</source>
            <translation>not decided</translation>
        </message>
        <message>
            <source>undid the last decision on item {item}: back to “{new}”</source>
            <translation>undid the last decision on item {item}: back to “{new}”</translation>
        </message>
        <message>
            <source>cleared the decision on item {item} (was “{old}”)</source>
            <translation>cleared the decision on item {item} (was “{old}”)</translation>
        </message>
        <message>
            <source>changed item {item} from “{old}” to “{new}”</source>
            <translation>changed item {item} from “{old}” to “{new}”</translation>
        </message>
        <message>
            <source>: {comment}</source>
            <translation>: {comment}</translation>
        </message>
        <message>
            <source>imported the street's recommendation for {year} (import {batch})</source>
            <translation>imported the street's recommendation for {year} (import {batch})</translation>
        </message>
        <message>
            <source>recorded the recommendation for {year}</source>
            <translation>recorded the recommendation for {year}</translation>
        </message>
        <message>
            <source>status “{old}” → “{new}”</source>
            <translation>status “{old}” → “{new}”</translation>
        </message>
        <message>
            <source>, from {day}</source>
            <translation>, from {day}</translation>
        </message>
        <message>
            <source>listed in public notice {notice} ({start} to {end})</source>
            <translation>listed in public notice {notice} ({start} to {end})</translation>
        </message>
        <message>
            <source>objection {objection} received on {day} from {objector}</source>
            <translation>objection {objection} received on {day} from {objector}</translation>
        </message>
        <message>
            <source>objection {objection} not accepted: {reason}</source>
            <translation>objection {objection} not accepted: {reason}</translation>
        </message>
        <message>
            <source>objection {objection} upheld: {reason}</source>
            <translation>objection {objection} upheld: {reason}</translation>
        </message>
        <message>
            <source>objection {objection} not upheld: {reason}</source>
            <translation>objection {objection} not upheld: {reason}</translation>
        </message>
        <message>
            <source>named “{tier}” by {number} of {day}</source>
            <translation>named “{tier}” by {number} of {day}</translation>
        </message>
        <message>
            <source>re-checked: {outcome}, effective {day}</source>
            <translation>re-checked: {outcome}, effective {day}</translation>
        </message>
        <message>
            <source>, rectify by {day}</source>
            <translation>, rectify by {day}</translation>
        </message>
        <message>
            <source>attached {count} file(s) to item {item}: {names}</source>
            <translation>attached {count} file(s) to item {item}: {names}</translation>
        </message>
        <message>
            <source>import {batch} attached {count} file(s) to item {item}: {names}</source>
            <translation>import {batch} attached {count} file(s) to item {item}: {names}</translation>
        </message>
        <message>
            <source>removed the note</source>
            <translation>removed the note</translation>
        </message>
        <message>
            <source>wrote the note: {text}</source>
            <translation>wrote the note: {text}</translation>
        </message>
        <message>
            <source>finished round {round}</source>
            <translation>finished round {round}</translation>
        </message>
        <message>
            <source>returned it for rework (items {items})</source>
            <translation>returned it for rework (items {items})</translation>
        </message>
        <message>
            <source>recorded the resubmission: round {round} begins</source>
            <translation>recorded the resubmission: round {round} begins</translation>
        </message>
        <message>
            <source>signed off round {round} (locked)</source>
            <translation>signed off round {round} (locked)</translation>
        </message>
        <message>
            <source>unlocked it: {reason}</source>
            <translation>unlocked it: {reason}</translation>
        </message>
        <message>
            <source>the earlier sign-off was withdrawn by a change</source>
            <translation>the earlier sign-off was withdrawn by a change</translation>
        </message>
        <message>
            <source>objection {objection} reopened the review: round {round} begins</source>
            <translation>objection {objection} reopened the review: round {round} begins</translation>
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
            <translation>Review history</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>Importing {name}…</translation>
        </message>
        <message>
            <source>This package was already imported; nothing changed.</source>
            <translation>This package was already imported; nothing changed.</translation>
        </message>
        <message>
            <source>Done: {list}.</source>
            <translation>Done: {list}.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) created</source>
            <translation>
                <numerusform>%n recommendation created</numerusform>
                <numerusform>%n recommendations created</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) skipped</source>
            <translation>
                <numerusform>%n row skipped</numerusform>
                <numerusform>%n rows skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) attached</source>
            <translation>
                <numerusform>%n photo attached</numerusform>
                <numerusform>%n photos attached</numerusform>
            </translation>
        </message>
        <message>
            <source> ({added} new in the store, {skipped} not attached)</source>
            <translation> ({added} new in the store, {skipped} not attached)</translation>
        </message>
        <message>
            <source>Finished.</source>
            <translation>Finished.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import street recommendations</source>
            <translation>Import street recommendations</translation>
        </message>
        <message>
            <source>Cancel the import?</source>
            <translation>Cancel the import?</translation>
        </message>
        <message>
            <source>The package is still being read or imported. Stop now? Nothing will be changed.</source>
            <translation>The package is still being read or imported. Stop now? Nothing will be changed.</translation>
        </message>
    </context>
    <context>
        <name>ItemChart</name>
        <message>
            <source>Item {item}: {meets} meet, {fails} do not meet, {more} need more material</source>
            <translation>Item {item}: {meets} meet, {fails} do not meet, {more} need more material</translation>
        </message>
    </context>
    <context>
        <name>ItemForm</name>
        <message>
            <source>Veto item (failing it fails the community)</source>
            <translation>Veto item (failing it fails the community)</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <source>Verified by:</source>
            <translation>Verified by:</translation>
        </message>
        <message>
            <source>Evidence &amp;index:</source>
            <translation>Evidence &amp;index:</translation>
        </message>
        <message>
            <source>&amp;Number:</source>
            <translation>&amp;Number:</translation>
        </message>
        <message>
            <source>Re&amp;quirement:</source>
            <translation>Re&amp;quirement:</translation>
        </message>
        <message>
            <source>How to &amp;verify:</source>
            <translation>How to &amp;verify:</translation>
        </message>
        <message>
            <source>Evidence &amp;hint:</source>
            <translation>Evidence &amp;hint:</translation>
        </message>
        <message>
            <source>&amp;Points:</source>
            <translation>&amp;Points:</translation>
        </message>
        <message>
            <source>Depar&amp;tment:</source>
            <translation>Depar&amp;tment:</translation>
        </message>
    </context>
    <context>
        <name>KitImportDialog</name>
        <message>
            <source>Import returned scoring kits</source>
            <translation>Import returned scoring kits</translation>
        </message>
        <message>
            <source>Choose the returned kits (.gdret) the experts sent back.</source>
            <translation>Choose the returned kits (.gdret) the experts sent back.</translation>
        </message>
        <message>
            <source>Choose files and import…</source>
            <translation>Choose files and import…</translation>
        </message>
        <message>
            <source>Returned kits (*.gdret);;All files (*)</source>
            <translation>Returned kits (*.gdret);;All files (*)</translation>
        </message>
        <message>
            <source>Expert {key} {name}: imported before, nothing added.</source>
            <translation>Expert {key} {name}: imported before, nothing added.</translation>
        </message>
        <message>
            <source>Expert {key} {name}: {items} items of {communities} scored, {added} new scores recorded (file SHA-256 {sha}).</source>
            <translation>Expert {key} {name}: {items} items of {communities} scored, {added} new scores recorded (file SHA-256 {sha}).</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>The workspace {folder} is on a network drive. SQLite databases can be damaged when shared over the network; keep the workspace on a local disk or a USB stick.</source>
            <translation>The workspace {folder} is on a network drive. SQLite databases can be damaged when shared over the network; keep the workspace on a local disk or a USB stick.</translation>
        </message>
        <message>
            <source>The workspace {folder} is inside a cloud-synced folder ({service}). Sync clients can copy the database half-written or create conflicting copies; move the workspace to a folder that is not synced.</source>
            <translation>The workspace {folder} is inside a cloud-synced folder ({service}). Sync clients can copy the database half-written or create conflicting copies; move the workspace to a folder that is not synced.</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>GreenDesk is locked</source>
            <translation>GreenDesk is locked</translation>
        </message>
        <message>
            <source>The window was locked after a period without use. Your unsaved input is kept. Enter the password of {account} to continue.</source>
            <translation>The window was locked after a period without use. Your unsaved input is kept. Enter the password of {account} to continue.</translation>
        </message>
        <message>
            <source>Someone else? Enter your own account name and password: the current session then ends.</source>
            <translation>Someone else? Enter your own account name and password: the current session then ends.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Account name:</source>
            <translation>Account name:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>GreenDesk — {district} ({code})</source>
            <translation>GreenDesk — {district} ({code})</translation>
        </message>
        <message>
            <source>Workspace: {folder}</source>
            <translation>Workspace: {folder}</translation>
        </message>
        <message>
            <source>Checking the workspace… %p%</source>
            <translation>Checking the workspace… %p%</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>Review queue</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Expert review</source>
            <translation>Expert review</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Registry</source>
            <translation>Registry</translation>
        </message>
        <message>
            <source>Creation standard</source>
            <translation>Creation standard</translation>
        </message>
        <message>
            <source>City progress</source>
            <translation>City progress</translation>
        </message>
        <message>
            <source>Yearly targets</source>
            <translation>Yearly targets</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Site visits</source>
            <translation>Site visits</translation>
        </message>
        <message>
            <source>Publicity &amp; naming</source>
            <translation>Publicity &amp; naming</translation>
        </message>
        <message>
            <source>My scoring</source>
            <translation>My scoring</translation>
        </message>
        <message>
            <source>{screen} cannot be shown: {reason}</source>
            <translation>{screen} cannot be shown: {reason}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Import street recommendations…</source>
            <translation>&amp;Import street recommendations…</translation>
        </message>
        <message>
            <source>Export recommendation &amp;template…</source>
            <translation>Export recommendation &amp;template…</translation>
        </message>
        <message>
            <source>&amp;Export application package…</source>
            <translation>&amp;Export application package…</translation>
        </message>
        <message>
            <source>&amp;Verify application package…</source>
            <translation>&amp;Verify application package…</translation>
        </message>
        <message>
            <source>Open &amp;scoring kit (expert mode)…</source>
            <translation>Open &amp;scoring kit (expert mode)…</translation>
        </message>
        <message>
            <source>&amp;Backups and restore…</source>
            <translation>&amp;Backups and restore…</translation>
        </message>
        <message>
            <source>&amp;Check workspace…</source>
            <translation>&amp;Check workspace…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Account</translation>
        </message>
        <message>
            <source>&amp;Switch account…</source>
            <translation>&amp;Switch account…</translation>
        </message>
        <message>
            <source>&amp;Manage accounts…</source>
            <translation>&amp;Manage accounts…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;About GreenDesk</source>
            <translation>&amp;About GreenDesk</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Not signed in</translation>
        </message>
        <message>
            <source>Signed in: {account}</source>
            <translation>Signed in: {account}</translation>
        </message>
        <message>
            <source>Checking the workspace in the background…</source>
            <translation>Checking the workspace in the background…</translation>
        </message>
        <message>
            <source>Check workspace</source>
            <translation>Check workspace</translation>
        </message>
        <message>
            <source>Workspace checked: no problems found.</source>
            <translation>Workspace checked: no problems found.</translation>
        </message>
        <message numerus="yes">
            <source>The check after start found %n problem(s) in this workspace. Show them now?</source>
            <translation>
                <numerusform>The check after start found %n problem in this workspace. Show it now?</numerusform>
                <numerusform>The check after start found %n problems in this workspace. Show them now?</numerusform>
            </translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>About GreenDesk</source>
            <translation>About GreenDesk</translation>
        </message>
        <message>
            <source>GreenDesk {version}&lt;br&gt;Offline review desk for the Green Community Creation Action.</source>
            <translation>GreenDesk {version}&lt;br&gt;Offline review desk for the Green Community Creation Action.</translation>
        </message>
        <message>
            <source>Third-party components and their licences: &lt;a href="{link}"&gt;{name}&lt;/a&gt;</source>
            <translation>Third-party components and their licences: &lt;a href="{link}"&gt;{name}&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>MergeTab</name>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Merged scores</source>
            <translation>Merged scores</translation>
        </message>
        <message>
            <source>&amp;Confirm selected item…</source>
            <translation>&amp;Confirm selected item…</translation>
        </message>
        <message>
            <source>Confirm all &amp;unflagged</source>
            <translation>Confirm all &amp;unflagged</translation>
        </message>
        <message>
            <source>Co&amp;mmunity:</source>
            <translation>Co&amp;mmunity:</translation>
        </message>
        <message>
            <source>, flagged: {count}</source>
            <translation>, flagged: {count}</translation>
        </message>
        <message>
            <source>{code} {name} — total {total}{flagged}</source>
            <translation>{code} {name} — total {total}{flagged}</translation>
        </message>
        <message>
            <source>No community is assigned to this panel's experts yet.</source>
            <translation>No community is assigned to this panel's experts yet.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Mean</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Spread</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Reason: {reason}</translation>
        </message>
        <message>
            <source>Confirm…</source>
            <translation>Confirm…</translation>
        </message>
        <message>
            <source>Confirm item {item}</source>
            <translation>Confirm item {item}</translation>
        </message>
        <message>
            <source>Confirmed by {user}</source>
            <translation>Confirmed by {user}</translation>
        </message>
        <message>
            <source>Disagreement: spread {spread} &gt; {threshold}</source>
            <translation>Disagreement: spread {spread} &gt; {threshold}</translation>
        </message>
        <message>
            <source>Awaiting {experts}</source>
            <translation>Awaiting {experts}</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Agreed</translation>
        </message>
        <message>
            <source>{name} ({street})</source>
            <translation>{name} ({street})</translation>
        </message>
        <message>
            <source>Total {total} of {maximum}</source>
            <translation>Total {total} of {maximum}</translation>
        </message>
        <message>
            <source>incomplete, items without a score: {count}</source>
            <translation>incomplete, items without a score: {count}</translation>
        </message>
        <message>
            <source>passed (pass mark {mark})</source>
            <translation>passed (pass mark {mark})</translation>
        </message>
        <message>
            <source>tier: {tier}</source>
            <translation>tier: {tier}</translation>
        </message>
        <message>
            <source>not passed (pass mark {mark})</source>
            <translation>not passed (pass mark {mark})</translation>
        </message>
        <message>
            <source>vetoed by item {items}</source>
            <translation>vetoed by item {items}</translation>
        </message>
        <message>
            <source>⚠ flagged: {count}</source>
            <translation>⚠ flagged: {count}</translation>
        </message>
        <message>
            <source>Confirm all unflagged</source>
            <translation>Confirm all unflagged</translation>
        </message>
        <message>
            <source>Confirm every item of {name} whose experts have all scored and agree, at the experts' mean?</source>
            <translation>Confirm every item of {name} whose experts have all scored and agree, at the experts' mean?</translation>
        </message>
        <message>
            <source>Items confirmed: {count}</source>
            <translation>Items confirmed: {count}</translation>
        </message>
    </context>
    <context>
        <name>Naming</name>
        <message>
            <source>Meets requirements</source>
            <translation>Meets requirements</translation>
        </message>
        <message>
            <source>Demonstration (示范)</source>
            <translation>Demonstration (示范)</translation>
        </message>
    </context>
    <context>
        <name>NamingDialog</name>
        <message>
            <source>Name the communities</source>
            <translation>Name the communities</translation>
        </message>
        <message>
            <source>e.g. 朝建发〔2022〕12号</source>
            <translation>e.g. 朝建发〔2022〕12号</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>&amp;Document number (文号):</source>
            <translation>&amp;Document number (文号):</translation>
        </message>
        <message>
            <source>&amp;Named on:</source>
            <translation>&amp;Named on:</translation>
        </message>
        <message>
            <source>Not named from this notice (an upheld objection sent them back to review): {codes}</source>
            <translation>Not named from this notice (an upheld objection sent them back to review): {codes}</translation>
        </message>
        <message>
            <source>Your &amp;password:</source>
            <translation>Your &amp;password:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
    </context>
    <context>
        <name>NewAccountDialog</name>
        <message>
            <source>New account</source>
            <translation>New account</translation>
        </message>
        <message>
            <source>printed on documents, e.g. 王丽</source>
            <translation>printed on documents, e.g. 王丽</translation>
        </message>
        <message>
            <source>Account name:</source>
            <translation>Account name:</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Roles:</translation>
        </message>
        <message>
            <source>Enter an account name.</source>
            <translation>Enter an account name.</translation>
        </message>
        <message>
            <source>Choose at least one role.</source>
            <translation>Choose at least one role.</translation>
        </message>
    </context>
    <context>
        <name>NewEditionDialog</name>
        <message>
            <source>Copy into a local edition</source>
            <translation>Copy into a local edition</translation>
        </message>
        <message>
            <source>{title} (local edition)</source>
            <translation>{title} (local edition)</translation>
        </message>
        <message>
            <source>The copy starts as {parent}'s exact content and is saved as version 1 of a new standard.</source>
            <translation>The copy starts as {parent}'s exact content and is saved as version 1 of a new standard.</translation>
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation>&amp;Id:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
    </context>
    <context>
        <name>NewNoticeDialog</name>
        <message>
            <source>New public notice</source>
            <translation>New public notice</translation>
        </message>
        <message>
            <source>working days</source>
            <translation>working days</translation>
        </message>
        <message>
            <source>calendar days</source>
            <translation>calendar days</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>&amp;Batch:</source>
            <translation>&amp;Batch:</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation>&amp;First day:</translation>
        </message>
        <message>
            <source>&amp;Runs for:</source>
            <translation>&amp;Runs for:</translation>
        </message>
        <message>
            <source>Last day:</source>
            <translation>Last day:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Objections are taken:</source>
            <translation>&amp;Objections are taken:</translation>
        </message>
        <message>
            <source>The notice lists the year's and batch's signed-off communities not on a notice yet.</source>
            <translation>The notice lists the year's and batch's signed-off communities not on a notice yet.</translation>
        </message>
        <message>
            <source>Create notice</source>
            <translation>Create notice</translation>
        </message>
        <message>
            <source>{end} (objections are taken from {start} to {end})</source>
            <translation>{end} (objections are taken from {start} to {end})</translation>
        </message>
    </context>
    <context>
        <name>NewPanelDialog</name>
        <message>
            <source>New expert panel</source>
            <translation>New expert panel</translation>
        </message>
        <message>
            <source>e.g. 第一评审组</source>
            <translation>e.g. 第一评审组</translation>
        </message>
        <message>
            <source> points</source>
            <translation> points</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>&amp;Batch:</source>
            <translation>&amp;Batch:</translation>
        </message>
        <message>
            <source>Scored &amp;standard:</source>
            <translation>Scored &amp;standard:</translation>
        </message>
        <message>
            <source>Flag a spread above:</source>
            <translation>Flag a spread above:</translation>
        </message>
        <message>
            <source>Only a scored standard written for the year can be chosen by a panel.</source>
            <translation>Only a scored standard written for the year can be chosen by a panel.</translation>
        </message>
    </context>
    <context>
        <name>NewPasswordForm</name>
        <message>
            <source>At least {count} characters</source>
            <translation>At least {count} characters</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>Password again:</translation>
        </message>
        <message>
            <source>The password needs at least {count} characters.</source>
            <translation>The password needs at least {count} characters.</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>NoticesTab</name>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Communities</source>
            <translation>Communities</translation>
        </message>
        <message>
            <source>&amp;New notice…</source>
            <translation>&amp;New notice…</translation>
        </message>
        <message>
            <source>&amp;Close notice</source>
            <translation>&amp;Close notice</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>N&amp;ame…</source>
            <translation>N&amp;ame…</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Objector</source>
            <translation>Objector</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>&amp;Register objection…</source>
            <translation>&amp;Register objection…</translation>
        </message>
        <message>
            <source>&amp;Decide…</source>
            <translation>&amp;Decide…</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Plaque</source>
            <translation>Plaque</translation>
        </message>
        <message>
            <source>Objections register (异议登记)</source>
            <translation>Objections register (异议登记)</translation>
        </message>
        <message>
            <source>Communities on the notice</source>
            <translation>Communities on the notice</translation>
        </message>
        <message>
            <source>Publicity &amp; naming</source>
            <translation>Publicity &amp; naming</translation>
        </message>
        <message numerus="yes">
            <source>%n working days</source>
            <translation>
                <numerusform>%n working day</numerusform>
                <numerusform>%n working days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n calendar days</source>
            <translation>
                <numerusform>%n calendar day</numerusform>
                <numerusform>%n calendar days</numerusform>
            </translation>
        </message>
        <message>
            <source>named ({number})</source>
            <translation>named ({number})</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>open for objections</source>
            <translation>open for objections</translation>
        </message>
        <message>
            <source>unit (sealed)</source>
            <translation>unit (sealed)</translation>
        </message>
        <message>
            <source>named person</source>
            <translation>named person</translation>
        </message>
        <message>
            <source>not accepted</source>
            <translation>not accepted</translation>
        </message>
        <message>
            <source>awaiting decision</source>
            <translation>awaiting decision</translation>
        </message>
        <message>
            <source>upheld</source>
            <translation>upheld</translation>
        </message>
        <message>
            <source>not upheld</source>
            <translation>not upheld</translation>
        </message>
        <message>
            <source>decided</source>
            <translation>decided</translation>
        </message>
        <message>
            <source>the whole list</source>
            <translation>the whole list</translation>
        </message>
        <message numerus="yes">
            <source>%n objections, {pending} awaiting a decision</source>
            <translation>
                <numerusform>%n objection, {pending} awaiting a decision</numerusform>
                <numerusform>%n objections, {pending} awaiting a decision</numerusform>
            </translation>
        </message>
        <message>
            <source>No objection registered.</source>
            <translation>No objection registered.</translation>
        </message>
        <message numerus="yes">
            <source>Named by {number} on {day}: %n communities.</source>
            <translation>
                <numerusform>Named by {number} on {day}: %n community.</numerusform>
                <numerusform>Named by {number} on {day}: %n communities.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not named yet.</source>
            <translation>Not named yet.</translation>
        </message>
        <message>
            <source>No public notice yet: create one with New notice….</source>
            <translation>No public notice yet: create one with New notice….</translation>
        </message>
        <message>
            <source>Close notice</source>
            <translation>Close notice</translation>
        </message>
        <message>
            <source>Close “{title}”? No objection can be registered against it afterwards.</source>
            <translation>Close “{title}”? No objection can be registered against it afterwards.</translation>
        </message>
        <message>
            <source>Folder for the notice's files</source>
            <translation>Folder for the notice's files</translation>
        </message>
        <message>
            <source>Wrote {files} to {folder}.</source>
            <translation>Wrote {files} to {folder}.</translation>
        </message>
    </context>
    <context>
        <name>ObjectionDialog</name>
        <message>
            <source>Register an objection</source>
            <translation>Register an objection</translation>
        </message>
        <message>
            <source>A unit (with its seal)</source>
            <translation>A unit (with its seal)</translation>
        </message>
        <message>
            <source>A named person</source>
            <translation>A named person</translation>
        </message>
        <message>
            <source>The written objection carries the unit's seal</source>
            <translation>The written objection carries the unit's seal</translation>
        </message>
        <message>
            <source>The list as a whole</source>
            <translation>The list as a whole</translation>
        </message>
        <message>
            <source>&amp;Objector:</source>
            <translation>&amp;Objector:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;ID number:</source>
            <translation>&amp;ID number:</translation>
        </message>
        <message>
            <source>C&amp;ontact:</source>
            <translation>C&amp;ontact:</translation>
        </message>
        <message>
            <source>&amp;Concerns:</source>
            <translation>&amp;Concerns:</translation>
        </message>
        <message>
            <source>&amp;Received on:</source>
            <translation>&amp;Received on:</translation>
        </message>
        <message>
            <source>Con&amp;tent:</source>
            <translation>Con&amp;tent:</translation>
        </message>
        <message>
            <source>&amp;Attachments:</source>
            <translation>&amp;Attachments:</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>{title}: objections taken from {start} to {end}</source>
            <translation>{title}: objections taken from {start} to {end}</translation>
        </message>
        <message>
            <source>Add &amp;files…</source>
            <translation>Add &amp;files…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>Files received with the objection</source>
            <translation>Files received with the objection</translation>
        </message>
        <message>
            <source>Objection not accepted</source>
            <translation>Objection not accepted</translation>
        </message>
        <message>
            <source>The objection is not accepted: {reason}.

It is kept in the register as refused, with this reason; it cannot be decided and changes nothing on the notice.</source>
            <translation>The objection is not accepted: {reason}.

It is kept in the register as refused, with this reason; it cannot be decided and changes nothing on the notice.</translation>
        </message>
    </context>
    <context>
        <name>OpenKitDialog</name>
        <message>
            <source>Open scoring kit</source>
            <translation>Open scoring kit</translation>
        </message>
        <message>
            <source>Scoring kits (*.gdkit *.gdkit.001);;All files (*)</source>
            <translation>Scoring kits (*.gdkit *.gdkit.001);;All files (*)</translation>
        </message>
        <message>
            <source>Enter the 评分码 the office gave you separately (by phone or in person). The kit opens only with it.</source>
            <translation>Enter the 评分码 the office gave you separately (by phone or in person). The kit opens only with it.</translation>
        </message>
        <message>
            <source>Kit:</source>
            <translation>Kit:</translation>
        </message>
        <message>
            <source>Scoring code (评分码):</source>
            <translation>Scoring code (评分码):</translation>
        </message>
    </context>
    <context>
        <name>Package</name>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>{time} (file time, not a capture time)</source>
            <translation>{time} (file time, not a capture time)</translation>
        </message>
        <message>
            <source>Item {number} · taken {taken} · SHA-256 {sha256}</source>
            <translation>Item {number} · taken {taken} · SHA-256 {sha256}</translation>
        </message>
        <message>
            <source>Green community review record: {community}</source>
            <translation>Green community review record: {community}</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Community code</source>
            <translation>Community code</translation>
        </message>
        <message>
            <source>Year and batch</source>
            <translation>Year and batch</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>Property-management coverage (%)</source>
            <translation>Property-management coverage (%)</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Overall result</source>
            <translation>Overall result</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Decisions by item</source>
            <translation>Decisions by item</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Requirement</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Decided by</translation>
        </message>
        <message>
            <source>measured: {value}</source>
            <translation>measured: {value}</translation>
        </message>
        <message>
            <source>Photo evidence</source>
            <translation>Photo evidence</translation>
        </message>
        <message>
            <source>, {count} pages</source>
            <translation>, {count} pages</translation>
        </message>
        <message>
            <source>Item {number} · file {name} ({kind}{pages}) · SHA-256 {sha256}</source>
            <translation>Item {number} · file {name} ({kind}{pages}) · SHA-256 {sha256}</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Sign-off</translation>
        </message>
        <message>
            <source>Reviewers: {names}</source>
            <translation>Reviewers: {names}</translation>
        </message>
        <message>
            <source>Signed off by {approver} on {time}</source>
            <translation>Signed off by {approver} on {time}</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <source>Communities in this package</source>
            <translation>Communities in this package</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Of them out of scope (not counted above)</source>
            <translation>Of them out of scope (not counted above)</translation>
        </message>
        <message>
            <source>Streets</source>
            <translation>Streets</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Signing key fingerprint (SHA-256)</source>
            <translation>Signing key fingerprint (SHA-256)</translation>
        </message>
        <message>
            <source>Audit log head</source>
            <translation>Audit log head</translation>
        </message>
        <message>
            <source>Missing: {file} is listed in the manifest but not in the package.</source>
            <translation>Missing: {file} is listed in the manifest but not in the package.</translation>
        </message>
        <message>
            <source>Extra: {file} is in the package but in no manifest.</source>
            <translation>Extra: {file} is in the package but in no manifest.</translation>
        </message>
        <message>
            <source>Altered: the SHA-256 of {file} does not match the manifest.</source>
            <translation>Altered: the SHA-256 of {file} does not match the manifest.</translation>
        </message>
        <message>
            <source>Altered: {file} is damaged inside the zip ({detail}).</source>
            <translation>Altered: {file} is damaged inside the zip ({detail}).</translation>
        </message>
        <message>
            <source>Missing tag file: {file}.</source>
            <translation>Missing tag file: {file}.</translation>
        </message>
        <message>
            <source>Altered tag file: the SHA-256 of {file} does not match the tag manifest.</source>
            <translation>Altered tag file: the SHA-256 of {file} does not match the tag manifest.</translation>
        </message>
        <message>
            <source>Refused: the path {file} would escape the package folder; it was not read.</source>
            <translation>Refused: the path {file} would escape the package folder; it was not read.</translation>
        </message>
        <message>
            <source>Refused: {file} appears more than once in the zip.</source>
            <translation>Refused: {file} appears more than once in the zip.</translation>
        </message>
        <message>
            <source>Refused: {file} would expand beyond safe limits ({detail}).</source>
            <translation>Refused: {file} would expand beyond safe limits ({detail}).</translation>
        </message>
        <message>
            <source>{file} is not a readable zip file ({detail}).</source>
            <translation>{file} is not a readable zip file ({detail}).</translation>
        </message>
        <message>
            <source>{file} is not a BagIt package: no bagit.txt found.</source>
            <translation>{file} is not a BagIt package: no bagit.txt found.</translation>
        </message>
        <message>
            <source>Line {detail} of {file} is not '&lt;sha256&gt;  &lt;path&gt;'.</source>
            <translation>Line {detail} of {file} is not '&lt;sha256&gt;  &lt;path&gt;'.</translation>
        </message>
        <message>
            <source>{file}: Payload-Oxum says {detail} but the payload holds a different size or count.</source>
            <translation>{file}: Payload-Oxum says {detail} but the payload holds a different size or count.</translation>
        </message>
        <message>
            <source>Not signed: {file} is missing.</source>
            <translation>Not signed: {file} is missing.</translation>
        </message>
        <message>
            <source>The public key {file} cannot be read ({detail}).</source>
            <translation>The public key {file} cannot be read ({detail}).</translation>
        </message>
        <message>
            <source>Signature does not match: {file} was not signed by the key in the package (changed or re-signed).</source>
            <translation>Signature does not match: {file} was not signed by the key in the package (changed or re-signed).</translation>
        </message>
        <message>
            <source>Different key: the package was signed by {detail}, not by the expected key.</source>
            <translation>Different key: the package was signed by {detail}, not by the expected key.</translation>
        </message>
        <message>
            <source>Different key: {file} names the signing key {detail}, but the package was signed by another key (re-signed).</source>
            <translation>Different key: {file} names the signing key {detail}, but the package was signed by another key (re-signed).</translation>
        </message>
        <message>
            <source>{file} does not name the signing key (GreenDesk-Signing-Key-SHA256).</source>
            <translation>{file} does not name the signing key (GreenDesk-Signing-Key-SHA256).</translation>
        </message>
        <message>
            <source>Refused: the folder entry {file} carries data ({detail} bytes); folder entries are empty.</source>
            <translation>Refused: the folder entry {file} carries data ({detail} bytes); folder entries are empty.</translation>
        </message>
        <message>
            <source>{file} gives no valid Payload-Oxum, so the package's size cannot be bounded: its files were not checked.</source>
            <translation>{file} gives no valid Payload-Oxum, so the package's size cannot be bounded: its files were not checked.</translation>
        </message>
        <message>
            <source>Refused without unpacking: the entries of {file} declare {detail} bytes, more than the Payload-Oxum in bag-info.txt allows.</source>
            <translation>Refused without unpacking: the entries of {file} declare {detail} bytes, more than the Payload-Oxum in bag-info.txt allows.</translation>
        </message>
        <message>
            <source>Refused: reading {file} went past the size the package declares; checking stopped.</source>
            <translation>Refused: reading {file} went past the size the package declares; checking stopped.</translation>
        </message>
        <message>
            <source>Unknown key: the package was signed by {detail}, which is not in the trust store.</source>
            <translation>Unknown key: the package was signed by {detail}, which is not in the trust store.</translation>
        </message>
        <message>
            <source>Wrong district: the signing key is registered for district {detail}, but {file} names another district.</source>
            <translation>Wrong district: the signing key is registered for district {detail}, but {file} names another district.</translation>
        </message>
        <message>
            <source>{file} records no audit log head (GreenDesk-Audit-Head) to compare with the workspace.</source>
            <translation>{file} records no audit log head (GreenDesk-Audit-Head) to compare with the workspace.</translation>
        </message>
        <message>
            <source>The audit log head {detail} recorded in the package is not an intact entry of the workspace's audit log: the log was cut short or rewritten since the export, or the package is from another workspace.</source>
            <translation>The audit log head {detail} recorded in the package is not an intact entry of the workspace's audit log: the log was cut short or rewritten since the export, or the package is from another workspace.</translation>
        </message>
        <message>
            <source>The package records {detail} audit entries up to its head, but the workspace's log holds a different number up to that entry.</source>
            <translation>The package records {detail} audit entries up to its head, but the workspace's log holds a different number up to that entry.</translation>
        </message>
        <message>
            <source>{file}: the package was made by a newer GreenDesk (format {detail}); update GreenDesk to read it.</source>
            <translation>{file}: the package was made by a newer GreenDesk (format {detail}); update GreenDesk to read it.</translation>
        </message>
        <message>
            <source>{file} names an unknown package format or kind: {detail}.</source>
            <translation>{file} names an unknown package format or kind: {detail}.</translation>
        </message>
        <message>
            <source>Missing: {file} is not listed in the manifest of a format 2 package.</source>
            <translation>Missing: {file} is not listed in the manifest of a format 2 package.</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Not decided</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Item {number}</source>
            <translation>Item {number}</translation>
        </message>
        <message>
            <source>Reviewers</source>
            <translation>Reviewers</translation>
        </message>
        <message>
            <source>Signed off by</source>
            <translation>Signed off by</translation>
        </message>
        <message>
            <source>Recommended on</source>
            <translation>Recommended on</translation>
        </message>
        <message>
            <source>First decision</source>
            <translation>First decision</translation>
        </message>
        <message>
            <source>Last decision</source>
            <translation>Last decision</translation>
        </message>
        <message>
            <source>Signed off at</source>
            <translation>Signed off at</translation>
        </message>
        <message>
            <source>All communities</source>
            <translation>All communities</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totals</translation>
        </message>
        <message>
            <source>Street code</source>
            <translation>Street code</translation>
        </message>
        <message>
            <source>Communities</source>
            <translation>Communities</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>PanelFileActions</name>
        <message>
            <source>&amp;Kits, sheets and documents</source>
            <translation>&amp;Kits, sheets and documents</translation>
        </message>
        <message>
            <source>Export a scoring kit…</source>
            <translation>Export a scoring kit…</translation>
        </message>
        <message>
            <source>Import returned kits…</source>
            <translation>Import returned kits…</translation>
        </message>
        <message>
            <source>Export an Excel scoring sheet…</source>
            <translation>Export an Excel scoring sheet…</translation>
        </message>
        <message>
            <source>Import a filled-in scoring sheet…</source>
            <translation>Import a filled-in scoring sheet…</translation>
        </message>
        <message>
            <source>Write the expert opinion forms (专家意见表)…</source>
            <translation>Write the expert opinion forms (专家意见表)…</translation>
        </message>
        <message>
            <source>Write the score summary (考核评分情况一览表)…</source>
            <translation>Write the score summary (考核评分情况一览表)…</translation>
        </message>
        <message>
            <source>Choose or create a panel first.</source>
            <translation>Choose or create a panel first.</translation>
        </message>
        <message>
            <source>The panel has no active expert yet.</source>
            <translation>The panel has no active expert yet.</translation>
        </message>
        <message>
            <source>Expert:</source>
            <translation>Expert:</translation>
        </message>
        <message>
            <source>Folder for the scoring kit</source>
            <translation>Folder for the scoring kit</translation>
        </message>
        <message>
            <source>Kit written to {file}.

The scoring code (评分码) is {code}. It is shown only now: give it to the expert separately (by phone or in person), never with the kit.</source>
            <translation>Kit written to {file}.

The scoring code (评分码) is {code}. It is shown only now: give it to the expert separately (by phone or in person), never with the kit.</translation>
        </message>
        <message>
            <source>Save the scoring sheet</source>
            <translation>Save the scoring sheet</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Scoring sheet written to {file}.</source>
            <translation>Scoring sheet written to {file}.</translation>
        </message>
        <message>
            <source>Import a scoring sheet</source>
            <translation>Import a scoring sheet</translation>
        </message>
        <message>
            <source>{file} was imported before; nothing was added.</source>
            <translation>{file} was imported before; nothing was added.</translation>
        </message>
        <message>
            <source>Expert {key} {name}: {recorded} scores recorded, {empty} cells left empty.</source>
            <translation>Expert {key} {name}: {recorded} scores recorded, {empty} cells left empty.</translation>
        </message>
        <message>
            <source>Folder for the expert opinion forms</source>
            <translation>Folder for the expert opinion forms</translation>
        </message>
        <message>
            <source>Forms written: {count}, in {folder}.</source>
            <translation>Forms written: {count}, in {folder}.</translation>
        </message>
        <message>
            <source>Save the score summary</source>
            <translation>Save the score summary</translation>
        </message>
        <message>
            <source>Score summary written to {file}.</source>
            <translation>Score summary written to {file}.</translation>
        </message>
    </context>
    <context>
        <name>PanelScreen</name>
        <message>
            <source>Expert panels</source>
            <translation>Expert panels</translation>
        </message>
        <message>
            <source>&amp;New panel…</source>
            <translation>&amp;New panel…</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>Experts</source>
            <translation>Experts</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>Assignments</translation>
        </message>
        <message>
            <source>Merged scores</source>
            <translation>Merged scores</translation>
        </message>
        <message>
            <source>{name}
batch {batch} · experts: {experts} · communities: {communities}</source>
            <translation>{name}
batch {batch} · experts: {experts} · communities: {communities}</translation>
        </message>
        <message>
            <source>No expert panel for {year} yet</source>
            <translation>No expert panel for {year} yet</translation>
        </message>
        <message>
            <source>Create one with New panel… (administrators).</source>
            <translation>Create one with New panel… (administrators).</translation>
        </message>
        <message>
            <source>{year}, batch {batch} · standard {standard} · flagged above a spread of {threshold} points</source>
            <translation>{year}, batch {batch} · standard {standard} · flagged above a spread of {threshold} points</translation>
        </message>
    </context>
    <context>
        <name>Panels</name>
        <message>
            <source>expert's name</source>
            <translation>expert's name</translation>
        </message>
        <message>
            <source>Active experts on panel {panel}: {count}; panels usually have {low} to {high}.</source>
            <translation>Active experts on panel {panel}: {count}; panels usually have {low} to {high}.</translation>
        </message>
        <message>
            <source>panel name</source>
            <translation>panel name</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
    </context>
    <context>
        <name>PhotoViewerDialog</name>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Previous</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Next ▶</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Turn 90° ↻</source>
            <translation>Turn 90° ↻</translation>
        </message>
        <message>
            <source>The photo's orientation data is wrong: show it turned (the original is not changed)</source>
            <translation>The photo's orientation data is wrong: show it turned (the original is not changed)</translation>
        </message>
        <message>
            <source>Photo {index} of {count}: {name}</source>
            <translation>Photo {index} of {count}: {name}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>{time} (file time, not a capture time)</source>
            <translation>{time} (file time, not a capture time)</translation>
        </message>
        <message>
            <source>Taken: {time}</source>
            <translation>Taken: {time}</translation>
        </message>
        <message>
            <source>GPS: {place}</source>
            <translation>GPS: {place}</translation>
        </message>
        <message>
            <source>Size: {width} × {height}</source>
            <translation>Size: {width} × {height}</translation>
        </message>
        <message>
            <source>No EXIF data</source>
            <translation>No EXIF data</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Nothing has been written yet. Resolve the rows marked in red, then import.</source>
            <translation>Nothing has been written yet. Resolve the rows marked in red, then import.</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>In the workbook</source>
            <translation>In the workbook</translation>
        </message>
        <message>
            <source>Registry community</source>
            <translation>Registry community</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>Coverage %</source>
            <translation>Coverage %</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Skip damaged photos and import the rest</source>
            <translation>Skip damaged photos and import the rest</translation>
        </message>
        <message>
            <source>File not matched</source>
            <translation>File not matched</translation>
        </message>
        <message>
            <source>Files whose community or item could not be read (optional):</source>
            <translation>Files whose community or item could not be read (optional):</translation>
        </message>
        <message numerus="yes">
            <source>{name} {code}: %n file(s), round {round}</source>
            <translation>
                <numerusform>{name} {code}: %n file, round {round}</numerusform>
                <numerusform>{name} {code}: %n files, round {round}</numerusform>
            </translation>
        </message>
        <message>
            <source>Attach to community</source>
            <translation>Attach to community</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Problems and notes:</source>
            <translation>Problems and notes:</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Skip this row</source>
            <translation>Skip this row</translation>
        </message>
        <message>
            <source>This package was already imported; importing again changes nothing.</source>
            <translation>This package was already imported; importing again changes nothing.</translation>
        </message>
        <message>
            <source>Nothing has been written yet. Check where the files go, assign the files left over, then import.</source>
            <translation>Nothing has been written yet. Check where the files go, assign the files left over, then import.</translation>
        </message>
        <message>
            <source>No workbook: the files go to the {year} recommendations already here.</source>
            <translation>No workbook: the files go to the {year} recommendations already here.</translation>
        </message>
        <message>
            <source>(do not attach)</source>
            <translation>(do not attach)</translation>
        </message>
        <message>
            <source>Item {item}</source>
            <translation>Item {item}</translation>
        </message>
    </context>
    <context>
        <name>PublicityScreen</name>
        <message>
            <source>Public notices and naming</source>
            <translation>Public notices and naming</translation>
        </message>
        <message>
            <source>Re-checks (复核)</source>
            <translation>Re-checks (复核)</translation>
        </message>
    </context>
    <context>
        <name>Queue</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Items decided</source>
            <translation>Items decided</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Last change</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>Review queue</translation>
        </message>
    </context>
    <context>
        <name>Recheck</name>
        <message>
            <source>kept (保持)</source>
            <translation>kept (保持)</translation>
        </message>
        <message>
            <source>rectify by a deadline (限期整改)</source>
            <translation>rectify by a deadline (限期整改)</translation>
        </message>
        <message>
            <source>revoked (撤销)</source>
            <translation>revoked (撤销)</translation>
        </message>
    </context>
    <context>
        <name>RechecksTab</name>
        <message>
            <source>random when empty</source>
            <translation>random when empty</translation>
        </message>
        <message>
            <source>&amp;Draw the sample</source>
            <translation>&amp;Draw the sample</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Latest outcome</source>
            <translation>Latest outcome</translation>
        </message>
        <message>
            <source>Rectify by</source>
            <translation>Rectify by</translation>
        </message>
        <message>
            <source>Effective</source>
            <translation>Effective</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;Record outcome…</source>
            <translation>&amp;Record outcome…</translation>
        </message>
        <message>
            <source>Re-check &amp;year:</source>
            <translation>Re-check &amp;year:</translation>
        </message>
        <message>
            <source>Sample &amp;size:</source>
            <translation>Sample &amp;size:</translation>
        </message>
        <message>
            <source>S&amp;eed:</source>
            <translation>S&amp;eed:</translation>
        </message>
        <message>
            <source>&amp;Plan:</source>
            <translation>&amp;Plan:</translation>
        </message>
        <message>
            <source>The sample is drawn from the communities named before the year, from the seed: the same seed over the same communities draws the same sample. A revoked name stops counting in every figure from the day it takes effect.</source>
            <translation>The sample is drawn from the communities named before the year, from the seed: the same seed over the same communities draws the same sample. A revoked name stops counting in every figure from the day it takes effect.</translation>
        </message>
        <message numerus="yes">
            <source>Plan {id} · seed {seed} · %n sampled</source>
            <translation>
                <numerusform>Plan {id} · seed {seed} · %n sampled</numerusform>
                <numerusform>Plan {id} · seed {seed} · %n sampled</numerusform>
            </translation>
        </message>
        <message>
            <source>No re-check plan for {year} yet.</source>
            <translation>No re-check plan for {year} yet.</translation>
        </message>
        <message numerus="yes">
            <source>Drawn with seed “{seed}” from %n named communities:</source>
            <translation>
                <numerusform>Drawn with seed “{seed}” from %n named community:</numerusform>
                <numerusform>Drawn with seed “{seed}” from %n named communities:</numerusform>
            </translation>
        </message>
        <message>
            <source>not re-checked yet</source>
            <translation>not re-checked yet</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>Re-checks</source>
            <translation>Re-checks</translation>
        </message>
    </context>
    <context>
        <name>RecordRecheckDialog</name>
        <message>
            <source>Record a re-check</source>
            <translation>Record a re-check</translation>
        </message>
        <message>
            <source>Community:</source>
            <translation>Community:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Outcome:</translation>
        </message>
        <message>
            <source>Rectify &amp;by:</source>
            <translation>Rectify &amp;by:</translation>
        </message>
        <message>
            <source>&amp;Takes effect on:</source>
            <translation>&amp;Takes effect on:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Your &amp;password:</source>
            <translation>Your &amp;password:</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
    </context>
    <context>
        <name>RegistryScreen</name>
        <message>
            <source>Filter by name, code or street…</source>
            <translation>Filter by name, code or street…</translation>
        </message>
        <message>
            <source>Load official registry</source>
            <translation>Load official registry</translation>
        </message>
        <message>
            <source>Streets and residents' committees of the district, NBS 2023 edition</source>
            <translation>Streets and residents' committees of the district, NBS 2023 edition</translation>
        </message>
        <message>
            <source>Load registry from Excel…</source>
            <translation>Load registry from Excel…</translation>
        </message>
        <message>
            <source>{shown} of {total} communities</source>
            <translation>{shown} of {total} communities</translation>
        </message>
        <message>
            <source>Registry loaded: {added} communities added, {updated} updated.</source>
            <translation>Registry loaded: {added} communities added, {updated} updated.</translation>
        </message>
        <message>
            <source>Load registry from Excel</source>
            <translation>Load registry from Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx *.xls)</source>
            <translation>Excel workbooks (*.xlsx *.xls)</translation>
        </message>
        <message>
            <source>Registry</source>
            <translation>Registry</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>{district} green community creation: quarterly progress ({period})</source>
            <translation>{district} green community creation: quarterly progress ({period})</translation>
        </message>
        <message>
            <source>{district} green community creation: results and work summary {year}</source>
            <translation>{district} green community creation: results and work summary {year}</translation>
        </message>
        <message>
            <source>{district} green community creation: progress against the targets {year}</source>
            <translation>{district} green community creation: progress against the targets {year}</translation>
        </message>
        <message>
            <source>As of {date}</source>
            <translation>As of {date}</translation>
        </message>
        <message>
            <source>Submitted on {date}</source>
            <translation>Submitted on {date}</translation>
        </message>
        <message>
            <source>Draft (not submitted), taken on {date}</source>
            <translation>Draft (not submitted), taken on {date}</translation>
        </message>
        <message>
            <source>Audit log chain head at the time of these figures: {head}</source>
            <translation>Audit log chain head at the time of these figures: {head}</translation>
        </message>
        <message>
            <source>In-scope communities</source>
            <translation>In-scope communities</translation>
        </message>
        <message>
            <source>Communities out of scope (not counted)</source>
            <translation>Communities out of scope (not counted)</translation>
        </message>
        <message>
            <source>Communities passed (cumulative)</source>
            <translation>Communities passed (cumulative)</translation>
        </message>
        <message>
            <source>Of the year's recommendations passed</source>
            <translation>Of the year's recommendations passed</translation>
        </message>
        <message>
            <source>Share passed (%)</source>
            <translation>Share passed (%)</translation>
        </message>
        <message>
            <source>Year's target share (%)</source>
            <translation>Year's target share (%)</translation>
        </message>
        <message>
            <source>Communities required by the target</source>
            <translation>Communities required by the target</translation>
        </message>
        <message>
            <source>Still to pass to reach the target</source>
            <translation>Still to pass to reach the target</translation>
        </message>
        <message>
            <source>Pilots required per street (minimum)</source>
            <translation>Pilots required per street (minimum)</translation>
        </message>
        <message>
            <source>Streets below the pilot minimum</source>
            <translation>Streets below the pilot minimum</translation>
        </message>
        <message>
            <source>Days left to the next deadline</source>
            <translation>Days left to the next deadline</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>Next deadline</translation>
        </message>
        <message>
            <source>Quarterly progress report {period}</source>
            <translation>Quarterly progress report {period}</translation>
        </message>
        <message>
            <source>Annual results and work summary {period}</source>
            <translation>Annual results and work summary {period}</translation>
        </message>
        <message>
            <source>Street code</source>
            <translation>Street code</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>In scope</source>
            <translation>In scope</translation>
        </message>
        <message>
            <source>Required by target</source>
            <translation>Required by target</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>Under review</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Passed this year</source>
            <translation>Passed this year</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Passed (cumulative)</source>
            <translation>Passed (cumulative)</translation>
        </message>
        <message>
            <source>Below pilot minimum</source>
            <translation>Below pilot minimum</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>Meets</translation>
        </message>
        <message>
            <source>Does not meet</source>
            <translation>Does not meet</translation>
        </message>
        <message>
            <source>More material needed</source>
            <translation>More material needed</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Community code</source>
            <translation>Community code</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Year recommended</source>
            <translation>Year recommended</translation>
        </message>
        <message>
            <source>Passed on</source>
            <translation>Passed on</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommendations</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Streets</source>
            <translation>Streets</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>Over time</translation>
        </message>
        <message>
            <source>Passed communities</source>
            <translation>Passed communities</translation>
        </message>
        <message>
            <source>Work summary</source>
            <translation>Work summary</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <source>Recommendations of the year by status</source>
            <translation>Recommendations of the year by status</translation>
        </message>
        <message>
            <source>Progress by street</source>
            <translation>Progress by street</translation>
        </message>
        <message>
            <source>Outcome by item (current round)</source>
            <translation>Outcome by item (current round)</translation>
        </message>
        <message>
            <source>Share of in-scope communities passed over time</source>
            <translation>Share of in-scope communities passed over time</translation>
        </message>
        <message>
            <source>Communities passed</source>
            <translation>Communities passed</translation>
        </message>
        <message>
            <source>District total</source>
            <translation>District total</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Item {number}</source>
            <translation>Item {number}</translation>
        </message>
        <message>
            <source>{year} target {share}%</source>
            <translation>{year} target {share}%</translation>
        </message>
        <message>
            <source>Pilot minimum ({count})</source>
            <translation>Pilot minimum ({count})</translation>
        </message>
        <message>
            <source>(no work summary written yet)</source>
            <translation>(no work summary written yet)</translation>
        </message>
        <message>
            <source>Quarterly progress report</source>
            <translation>Quarterly progress report</translation>
        </message>
        <message>
            <source>Annual results and work summary</source>
            <translation>Annual results and work summary</translation>
        </message>
        <message>
            <source>Reporting unit:</source>
            <translation>Reporting unit:</translation>
        </message>
        <message>
            <source>Filled in by:</source>
            <translation>Filled in by:</translation>
        </message>
        <message>
            <source>Contact phone:</source>
            <translation>Contact phone:</translation>
        </message>
        <message>
            <source>Date filled in:</source>
            <translation>Date filled in:</translation>
        </message>
        <message>
            <source>Pilots started</source>
            <translation>Pilots started</translation>
        </message>
    </context>
    <context>
        <name>ReportsScreen</name>
        <message>
            <source>Quarter {number}</source>
            <translation>Quarter {number}</translation>
        </message>
        <message>
            <source>Take quarterly snapshot</source>
            <translation>Take quarterly snapshot</translation>
        </message>
        <message>
            <source>Take annual summary snapshot</source>
            <translation>Take annual summary snapshot</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>As of</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Work summary: what was done, results, problems, next steps (printed in the report).</source>
            <translation>Work summary: what was done, results, problems, next steps (printed in the report).</translation>
        </message>
        <message>
            <source>Save work summary</source>
            <translation>Save work summary</translation>
        </message>
        <message>
            <source>Mark as submitted…</source>
            <translation>Mark as submitted…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>Export report package…</source>
            <translation>Export report package…</translation>
        </message>
        <message>
            <source>The submitted report as a signed package for the municipal commission (its figures inside).</source>
            <translation>The submitted report as a signed package for the municipal commission (its figures inside).</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Selected report</source>
            <translation>Selected report</translation>
        </message>
        <message>
            <source>{passed} ({share}%)</source>
            <translation>{passed} ({share}%)</translation>
        </message>
        <message>
            <source>Take a snapshot or select one in the list.</source>
            <translation>Take a snapshot or select one in the list.</translation>
        </message>
        <message>
            <source>Submitted on {date}: frozen, later changes do not alter it.</source>
            <translation>Submitted on {date}: frozen, later changes do not alter it.</translation>
        </message>
        <message>
            <source>Draft: the work summary can still be edited.</source>
            <translation>Draft: the work summary can still be edited.</translation>
        </message>
        <message>
            <source>Unsaved work summary</source>
            <translation>Unsaved work summary</translation>
        </message>
        <message>
            <source>The work summary of report {id} ({period}) has changes that are not saved. Save them?</source>
            <translation>The work summary of report {id} ({period}) has changes that are not saved. Save them?</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Snapshot {id} of {period} taken.</source>
            <translation>Snapshot {id} of {period} taken.</translation>
        </message>
        <message>
            <source>Mark as submitted</source>
            <translation>Mark as submitted</translation>
        </message>
        <message>
            <source>Once submitted, this report can no longer change. Mark it as submitted?</source>
            <translation>Once submitted, this report can no longer change. Mark it as submitted?</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Export report</translation>
        </message>
        <message>
            <source>Folder for the report package</source>
            <translation>Folder for the report package</translation>
        </message>
        <message>
            <source>Report package written to {file}</source>
            <translation>Report package written to {file}</translation>
        </message>
        <message>
            <source>Report written to {file}</source>
            <translation>Report written to {file}</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset the password of {account}</source>
            <translation>Reset the password of {account}</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>{photo}: no EXIF data (time and place unknown)</source>
            <translation>{photo}: no EXIF data (time and place unknown)</translation>
        </message>
        <message>
            <source>{photo}: taken {taken}, outside the creation period {start} to {end}</source>
            <translation>{photo}: taken {taken}, outside the creation period {start} to {end}</translation>
        </message>
        <message>
            <source>{photo}: taken {distance} km from where the community's other photos were taken</source>
            <translation>{photo}: taken {distance} km from where the community's other photos were taken</translation>
        </message>
        <message>
            <source>{photo}: the same photo is also evidence for {other}</source>
            <translation>{photo}: the same photo is also evidence for {other}</translation>
        </message>
        <message>
            <source>{photo}: {taken} is the file's modification time, not a capture time</source>
            <translation>{photo}: {taken} is the file's modification time, not a capture time</translation>
        </message>
        <message>
            <source>{photo}: its EXIF data is damaged or cut short (what it says may be incomplete)</source>
            <translation>{photo}: its EXIF data is damaged or cut short (what it says may be incomplete)</translation>
        </message>
        <message>
            <source>{photo}: its EXIF capture time is not a valid date</source>
            <translation>{photo}: its EXIF capture time is not a valid date</translation>
        </message>
        <message>
            <source>{photo}: its GPS position is invalid and was ignored</source>
            <translation>{photo}: its GPS position is invalid and was ignored</translation>
        </message>
        <message>
            <source>{photo}: its orientation value is invalid (shown as stored)</source>
            <translation>{photo}: its orientation value is invalid (shown as stored)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Item {item} is marked as met, but it has no evidence attached.</source>
            <translation>Item {item} is marked as met, but it has no evidence attached.</translation>
        </message>
        <message>
            <source>Return for rework: {count} item(s) (items {items})</source>
            <translation>Return for rework: {count} item(s) (items {items})</translation>
        </message>
        <message>
            <source>Not possible yet: items {items} are not decided.</source>
            <translation>Not possible yet: items {items} are not decided.</translation>
        </message>
        <message>
            <source>Round {round} ends: the community meets the standard (ready for sign-off).</source>
            <translation>Round {round} ends: the community meets the standard (ready for sign-off).</translation>
        </message>
        <message>
            <source>Round {round} ends: the community does not meet the standard.</source>
            <translation>Round {round} ends: the community does not meet the standard.</translation>
        </message>
        <message>
            <source>{outcome}: {count} item(s) (items {items})</source>
            <translation>{outcome}: {count} item(s) (items {items})</translation>
        </message>
        <message>
            <source>Round {round} begins: {count} item(s) to decide again (items {items}); {carried} passed item(s) carry over.</source>
            <translation>Round {round} begins: {count} item(s) to decide again (items {items}); {carried} passed item(s) carry over.</translation>
        </message>
        <message>
            <source>Sign off {name} ({code}) for {year}: the review is locked until an approver unlocks it.</source>
            <translation>Sign off {name} ({code}) for {year}: the review is locked until an approver unlocks it.</translation>
        </message>
    </context>
    <context>
        <name>ReviewController</name>
        <message>
            <source>Needs an account with the approver role.</source>
            <translation>Needs an account with the approver role.</translation>
        </message>
        <message>
            <source>Every item is decided.</source>
            <translation>Every item is decided.</translation>
        </message>
        <message>
            <source>No more communities in the queue this way.</source>
            <translation>No more communities in the queue this way.</translation>
        </message>
        <message>
            <source>Note saved.</source>
            <translation>Note saved.</translation>
        </message>
        <message>
            <source>Go ahead?</source>
            <translation>Go ahead?</translation>
        </message>
        <message>
            <source>Finish round</source>
            <translation>Finish round</translation>
        </message>
        <message>
            <source>Return for rework</source>
            <translation>Return for rework</translation>
        </message>
        <message>
            <source>Resubmitted</source>
            <translation>Resubmitted</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Sign off</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Save rework notice</source>
            <translation>Save rework notice</translation>
        </message>
        <message>
            <source>Rework notice saved: {file}</source>
            <translation>Rework notice saved: {file}</translation>
        </message>
    </context>
    <context>
        <name>ReviewItemModel</name>
        <message>
            <source>Not decided</source>
            <translation>Not decided</translation>
        </message>
        <message>
            <source>{symbol} Item {number}{gating}: {text}{flags}</source>
            <translation>{symbol} Item {number}{gating}: {text}{flags}</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueueModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source> (locked)</source>
            <translation> (locked)</translation>
        </message>
        <message>
            <source> · due {day}</source>
            <translation> · due {day}</translation>
        </message>
        <message>
            <source> · overdue</source>
            <translation> · overdue</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueueScreen</name>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Find community, code or street…</source>
            <translation>Find community, code or street…</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>No community is waiting for review yet. Start by importing a street's package.</source>
            <translation>No community is waiting for review yet. Start by importing a street's package.</translation>
        </message>
        <message>
            <source>Import the first street package…</source>
            <translation>Import the first street package…</translation>
        </message>
        <message>
            <source>All batches</source>
            <translation>All batches</translation>
        </message>
        <message>
            <source>Batch {number}</source>
            <translation>Batch {number}</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message numerus="yes">
            <source>%n communities</source>
            <translation>
                <numerusform>%n community</numerusform>
                <numerusform>%n communities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signed off</source>
            <translation>
                <numerusform>%n signed off</numerusform>
                <numerusform>%n signed off</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} items decided</source>
            <translation>
                <numerusform>%n of {total} items decided</numerusform>
                <numerusform>%n of {total} items decided</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message numerus="yes">
            <source>Finish round (%n)</source>
            <translation>
                <numerusform>Finish round (%n)</numerusform>
                <numerusform>Finish round (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Return for rework (%n)</source>
            <translation>
                <numerusform>Return for rework (%n)</numerusform>
                <numerusform>Return for rework (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sign off (%n)…</source>
            <translation>
                <numerusform>Sign off (%n)…</numerusform>
                <numerusform>Sign off (%n)…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set rework deadline (%n)…</source>
            <translation>
                <numerusform>Set rework deadline (%n)…</numerusform>
                <numerusform>Set rework deadline (%n)…</numerusform>
            </translation>
        </message>
        <message>
            <source>Finish round</source>
            <translation>Finish round</translation>
        </message>
        <message>
            <source>Return for rework</source>
            <translation>Return for rework</translation>
        </message>
        <message>
            <source>Rework deadline</source>
            <translation>Rework deadline</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Sign off</translation>
        </message>
        <message numerus="yes">
            <source>%n done</source>
            <translation>
                <numerusform>%n done</numerusform>
                <numerusform>%n done</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused:</source>
            <translation>
                <numerusform>%n refused:</numerusform>
                <numerusform>%n refused:</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the queue</source>
            <translation>Export the queue</translation>
        </message>
        <message>
            <source>Review queue.xlsx</source>
            <translation>Review queue.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Print the queue</source>
            <translation>Print the queue</translation>
        </message>
        <message>
            <source>Queue sent to the printer.</source>
            <translation>Queue sent to the printer.</translation>
        </message>
        <message>
            <source>Queue saved: {file}</source>
            <translation>Queue saved: {file}</translation>
        </message>
    </context>
    <context>
        <name>ReviewScreenView</name>
        <message>
            <source>Open a community from the review queue (double-click or Enter) to review it here.</source>
            <translation>Open a community from the review queue (double-click or Enter) to review it here.</translation>
        </message>
        <message>
            <source>Find item (Ctrl+F)…</source>
            <translation>Find item (Ctrl+F)…</translation>
        </message>
        <message>
            <source>Meets (1)</source>
            <translation>Meets (1)</translation>
        </message>
        <message>
            <source>Does not meet (2)</source>
            <translation>Does not meet (2)</translation>
        </message>
        <message>
            <source>More material needed (3)</source>
            <translation>More material needed (3)</translation>
        </message>
        <message>
            <source>Comment for this item (saved with the decision)</source>
            <translation>Comment for this item (saved with the decision)</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undo the last decision of this round (recorded)</source>
            <translation>Undo the last decision of this round (recorded)</translation>
        </message>
        <message>
            <source>Clear decision</source>
            <translation>Clear decision</translation>
        </message>
        <message>
            <source>Make this item undecided again (recorded)</source>
            <translation>Make this item undecided again (recorded)</translation>
        </message>
        <message>
            <source>Next undecided (N)</source>
            <translation>Next undecided (N)</translation>
        </message>
        <message>
            <source>Finish round</source>
            <translation>Finish round</translation>
        </message>
        <message>
            <source>Return for rework</source>
            <translation>Return for rework</translation>
        </message>
        <message>
            <source>Resubmitted</source>
            <translation>Resubmitted</translation>
        </message>
        <message>
            <source>Sign off…</source>
            <translation>Sign off…</translation>
        </message>
        <message>
            <source>Unlock…</source>
            <translation>Unlock…</translation>
        </message>
        <message>
            <source>Rework notice…</source>
            <translation>Rework notice…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>◀ Previous community (Ctrl+PgUp)</source>
            <translation>◀ Previous community (Ctrl+PgUp)</translation>
        </message>
        <message>
            <source>Next community ▶ (Ctrl+PgDown)</source>
            <translation>Next community ▶ (Ctrl+PgDown)</translation>
        </message>
        <message>
            <source>Notes on this community (kept with the recommendation)</source>
            <translation>Notes on this community (kept with the recommendation)</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Save note</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>ReviewTexts</name>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; ({code}) · {street} · {year} · round {round} · &lt;b&gt;{status}&lt;/b&gt; · {decided}/{total} decided</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ({code}) · {street} · {year} · round {round} · &lt;b&gt;{status}&lt;/b&gt; · {decided}/{total} decided</translation>
        </message>
        <message>
            <source>Signed off by {user} on {date}: locked. An approver must unlock it to change it.</source>
            <translation>Signed off by {user} on {date}: locked. An approver must unlock it to change it.</translation>
        </message>
        <message>
            <source>Returned for rework: waiting for the street to resubmit the material.</source>
            <translation>Returned for rework: waiting for the street to resubmit the material.</translation>
        </message>
        <message>
            <source>Result: not complete yet</source>
            <translation>Result: not complete yet</translation>
        </message>
        <message>
            <source>Result: meets the standard</source>
            <translation>Result: meets the standard</translation>
        </message>
        <message>
            <source>Result: does not meet the standard</source>
            <translation>Result: does not meet the standard</translation>
        </message>
        <message>
            <source>failed gating items: {items}</source>
            <translation>failed gating items: {items}</translation>
        </message>
        <message>
            <source>score {score} of {max} (pass mark {mark})</source>
            <translation>score {score} of {max} (pass mark {mark})</translation>
        </message>
        <message>
            <source>Item {number} · {category}</source>
            <translation>Item {number} · {category}</translation>
        </message>
        <message>
            <source>gating item</source>
            <translation>gating item</translation>
        </message>
        <message>
            <source>&lt;b&gt;How to verify:&lt;/b&gt; {text}</source>
            <translation>&lt;b&gt;How to verify:&lt;/b&gt; {text}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Evidence expected:&lt;/b&gt; {text}</source>
            <translation>&lt;b&gt;Evidence expected:&lt;/b&gt; {text}</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>not stated</translation>
        </message>
        <message>
            <source>&lt;b&gt;Street's self-assessment:&lt;/b&gt; {claim}</source>
            <translation>&lt;b&gt;Street's self-assessment:&lt;/b&gt; {claim}</translation>
        </message>
        <message>
            <source>Coverage cannot be computed: households or managed households are missing.</source>
            <translation>Coverage cannot be computed: households or managed households are missing.</translation>
        </message>
        <message>
            <source>meets the rule</source>
            <translation>meets the rule</translation>
        </message>
        <message>
            <source>below the rule</source>
            <translation>below the rule</translation>
        </message>
        <message>
            <source>Property management: {managed} of {households} households = {value}% (rule: {rule}) — {verdict}</source>
            <translation>Property management: {managed} of {households} households = {value}% (rule: {rule}) — {verdict}</translation>
        </message>
        <message>
            <source>Registry coverage {value}% (rule: {rule}) — {verdict}</source>
            <translation>Registry coverage {value}% (rule: {rule}) — {verdict}</translation>
        </message>
        <message>
            <source>Round {round}: {outcome} — {comment}</source>
            <translation>Round {round}: {outcome} — {comment}</translation>
        </message>
        <message>
            <source>Earlier rounds (read-only):</source>
            <translation>Earlier rounds (read-only):</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Not decided</translation>
        </message>
        <message>
            <source>Met in an earlier round (carried over)</source>
            <translation>Met in an earlier round (carried over)</translation>
        </message>
        <message>
            <source>{outcome} · {user} · {time}</source>
            <translation>{outcome} · {user} · {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) for item {number} — drop or paste photos here to attach</source>
            <translation>
                <numerusform>%n photo for item {number} — drop or paste photos here to attach</numerusform>
                <numerusform>%n photos for item {number} — drop or paste photos here to attach</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReworkNotice</name>
        <message>
            <source>Green Community Creation: Rework Notice</source>
            <translation>Green Community Creation: Rework Notice</translation>
        </message>
        <message>
            <source>In review round {round} of the {year} green community creation, the {district} review office found that {community} ({code}) does not yet meet the items below of {standard}. Please have the community rework them and resubmit the material by {deadline}.</source>
            <translation>In review round {round} of the {year} green community creation, the {district} review office found that {community} ({code}) does not yet meet the items below of {standard}. Please have the community rework them and resubmit the material by {deadline}.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Requirement</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Reviewer's comment</source>
            <translation>Reviewer's comment</translation>
        </message>
        <message>
            <source>Measured: {value}</source>
            <translation>Measured: {value}</translation>
        </message>
        <message>
            <source>Rework deadline: {deadline}</source>
            <translation>Rework deadline: {deadline}</translation>
        </message>
        <message>
            <source>Audit log chain head: {head}</source>
            <translation>Audit log chain head: {head}</translation>
        </message>
    </context>
    <context>
        <name>RuleScoresBox</name>
        <message>
            <source>Score by the standard's rules</source>
            <translation>Score by the standard's rules</translation>
        </message>
        <message>
            <source>Record the score as the decision</source>
            <translation>Record the score as the decision</translation>
        </message>
        <message>
            <source>Running total {total} of {max} · pass mark {mark}</source>
            <translation>Running total {total} of {max} · pass mark {mark}</translation>
        </message>
        <message>
            <source>Fails: vetoed by item(s) {items}</source>
            <translation>Fails: vetoed by item(s) {items}</translation>
        </message>
        <message numerus="yes">
            <source>%n items not scored yet</source>
            <translation>
                <numerusform>%n item not scored yet</numerusform>
                <numerusform>%n items not scored yet</numerusform>
            </translation>
        </message>
        <message>
            <source>Passes: tier {tier}</source>
            <translation>Passes: tier {tier}</translation>
        </message>
        <message>
            <source>Passes</source>
            <translation>Passes</translation>
        </message>
        <message>
            <source>Fails: below the pass mark</source>
            <translation>Fails: below the pass mark</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <source>Scoring rules</source>
            <translation>Scoring rules</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Values</translation>
        </message>
        <message>
            <source>Add &amp;rule</source>
            <translation>Add &amp;rule</translation>
        </message>
        <message>
            <source>Remove rule</source>
            <translation>Remove rule</translation>
        </message>
        <message>
            <source>Rule id:</source>
            <translation>Rule id:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>Text:</translation>
        </message>
        <message>
            <source>Fixed deduction if absent</source>
            <translation>Fixed deduction if absent</translation>
        </message>
        <message>
            <source>Deduction within a range</source>
            <translation>Deduction within a range</translation>
        </message>
        <message>
            <source>Deduction per missing sub-point</source>
            <translation>Deduction per missing sub-point</translation>
        </message>
        <message>
            <source>Deduction per occurrence (floor 0)</source>
            <translation>Deduction per occurrence (floor 0)</translation>
        </message>
        <message>
            <source>Part awarded when met</source>
            <translation>Part awarded when met</translation>
        </message>
        <message>
            <source>Bonus per unit, capped</source>
            <translation>Bonus per unit, capped</translation>
        </message>
        <message>
            <source>No points unless met</source>
            <translation>No points unless met</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Points each</source>
            <translation>Points each</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>At least</translation>
        </message>
        <message>
            <source>At most</source>
            <translation>At most</translation>
        </message>
        <message>
            <source>Cap</source>
            <translation>Cap</translation>
        </message>
        <message>
            <source>Sub-points (one a line)</source>
            <translation>Sub-points (one a line)</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
    </context>
    <context>
        <name>SampleDialog</name>
        <message>
            <source>Spot-check sample {year}</source>
            <translation>Spot-check sample {year}</translation>
        </message>
        <message>
            <source>empty: a new random seed</source>
            <translation>empty: a new random seed</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>Draw</translation>
        </message>
        <message>
            <source>Save work list…</source>
            <translation>Save work list…</translation>
        </message>
        <message>
            <source>Communities to check</source>
            <translation>Communities to check</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>Spot-check sample</source>
            <translation>Spot-check sample</translation>
        </message>
        <message>
            <source>{count} of {population} passed communities drawn with seed {seed}</source>
            <translation>{count} of {population} passed communities drawn with seed {seed}</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Save work list</source>
            <translation>Save work list</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>Scoring</name>
        <message>
            <source>{label}: no points</source>
            <translation>{label}: no points</translation>
        </message>
        <message>
            <source>{label}: no points earned</source>
            <translation>{label}: no points earned</translation>
        </message>
        <message>
            <source>{label}: nothing deducted</source>
            <translation>{label}: nothing deducted</translation>
        </message>
        <message>
            <source>{label}: minus {points} points</source>
            <translation>{label}: minus {points} points</translation>
        </message>
        <message>
            <source>{label}: plus {points} points</source>
            <translation>{label}: plus {points} points</translation>
        </message>
        <message>
            <source>Vetoed (一票否决)</source>
            <translation>Vetoed (一票否决)</translation>
        </message>
        <message>
            <source>The item keeps no points.</source>
            <translation>The item keeps no points.</translation>
        </message>
    </context>
    <context>
        <name>SetActiveDialog</name>
        <message>
            <source>Enable the account {account}</source>
            <translation>Enable the account {account}</translation>
        </message>
        <message>
            <source>{account} can sign in again.</source>
            <translation>{account} can sign in again.</translation>
        </message>
        <message>
            <source>Disable the account {account}</source>
            <translation>Disable the account {account}</translation>
        </message>
        <message>
            <source>{account} can no longer sign in. What the account did stays in the record.</source>
            <translation>{account} can no longer sign in. What the account did stays in the record.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Interface language:</translation>
        </message>
        <message>
            <source>Lock the window after no use for:</source>
            <translation>Lock the window after no use for:</translation>
        </message>
        <message>
            <source>The choice is remembered for this workspace folder. Documents (PDF and Excel) are always in Simplified Chinese.</source>
            <translation>The choice is remembered for this workspace folder. Documents (PDF and Excel) are always in Simplified Chinese.</translation>
        </message>
        <message>
            <source>Issuing office (printed on documents)</source>
            <translation>Issuing office (printed on documents)</translation>
        </message>
        <message>
            <source>Issuing organ (full name):</source>
            <translation>Issuing organ (full name):</translation>
        </message>
        <message>
            <source>Contact person:</source>
            <translation>Contact person:</translation>
        </message>
        <message>
            <source>Telephone:</source>
            <translation>Telephone:</translation>
        </message>
        <message>
            <source>Document-number prefix:</source>
            <translation>Document-number prefix:</translation>
        </message>
        <message>
            <source>Signed by (reports to the municipal commission):</source>
            <translation>Signed by (reports to the municipal commission):</translation>
        </message>
        <message>
            <source>Only an administrator can change the office's details.</source>
            <translation>Only an administrator can change the office's details.</translation>
        </message>
        <message>
            <source>Fonts documents use</source>
            <translation>Fonts documents use</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Font file</source>
            <translation>Font file</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
    </context>
    <context>
        <name>ShareChart</name>
        <message numerus="yes">
            <source>{date}: %n passed ({share}%)</source>
            <translation>
                <numerusform>{date}: %n passed ({share}%)</numerusform>
                <numerusform>{date}: %n passed ({share}%)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>Everywhere</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>Review queue</translation>
        </message>
        <message>
            <source>Review screen</source>
            <translation>Review screen</translation>
        </message>
        <message>
            <source>Review screen, item list</source>
            <translation>Review screen, item list</translation>
        </message>
        <message>
            <source>Review screen, evidence files</source>
            <translation>Review screen, evidence files</translation>
        </message>
        <message>
            <source>Standard editor</source>
            <translation>Standard editor</translation>
        </message>
        <message>
            <source>Show this list of shortcuts</source>
            <translation>Show this list of shortcuts</translation>
        </message>
        <message>
            <source>Import street recommendations</source>
            <translation>Import street recommendations</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Open the selected community</source>
            <translation>Open the selected community</translation>
        </message>
        <message>
            <source>Find a community</source>
            <translation>Find a community</translation>
        </message>
        <message>
            <source>Print the queue as shown</source>
            <translation>Print the queue as shown</translation>
        </message>
        <message>
            <source>Export the queue to Excel</source>
            <translation>Export the queue to Excel</translation>
        </message>
        <message>
            <source>Decide: meets</source>
            <translation>Decide: meets</translation>
        </message>
        <message>
            <source>Decide: does not meet</source>
            <translation>Decide: does not meet</translation>
        </message>
        <message>
            <source>Decide: more material needed</source>
            <translation>Decide: more material needed</translation>
        </message>
        <message>
            <source>Undo the last decision</source>
            <translation>Undo the last decision</translation>
        </message>
        <message>
            <source>Find an item</source>
            <translation>Find an item</translation>
        </message>
        <message>
            <source>Next community</source>
            <translation>Next community</translation>
        </message>
        <message>
            <source>Previous community</source>
            <translation>Previous community</translation>
        </message>
        <message>
            <source>Leave the find box</source>
            <translation>Leave the find box</translation>
        </message>
        <message>
            <source>Meets, then the next item</source>
            <translation>Meets, then the next item</translation>
        </message>
        <message>
            <source>Does not meet, then the next item</source>
            <translation>Does not meet, then the next item</translation>
        </message>
        <message>
            <source>More material needed, then the next item</source>
            <translation>More material needed, then the next item</translation>
        </message>
        <message>
            <source>Next undecided item</source>
            <translation>Next undecided item</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Next item</translation>
        </message>
        <message>
            <source>Open the selected file</source>
            <translation>Open the selected file</translation>
        </message>
        <message>
            <source>Attach a pasted image</source>
            <translation>Attach a pasted image</translation>
        </message>
        <message>
            <source>Save a new version of the standard</source>
            <translation>Save a new version of the standard</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>What it does</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to GreenDesk</source>
            <translation>Sign in to GreenDesk</translation>
        </message>
        <message>
            <source>Workspace of {district} ({code}). Sign in with your account.</source>
            <translation>Workspace of {district} ({code}). Sign in with your account.</translation>
        </message>
        <message>
            <source>Account name:</source>
            <translation>Account name:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>SourcePage</name>
        <message>
            <source>Street package</source>
            <translation>Street package</translation>
        </message>
        <message>
            <source>Choose or drag in the street's workbook (.xlsx/.xls), its folder, or a .zip holding both.</source>
            <translation>Choose or drag in the street's workbook (.xlsx/.xls), its folder, or a .zip holding both.</translation>
        </message>
        <message>
            <source>Drop a file or folder here</source>
            <translation>Drop a file or folder here</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Choose folder…</translation>
        </message>
        <message>
            <source>(any street)</source>
            <translation>(any street)</translation>
        </message>
        <message>
            <source>Package:</source>
            <translation>Package:</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>Batch:</source>
            <translation>Batch:</translation>
        </message>
        <message>
            <source>Street:</source>
            <translation>Street:</translation>
        </message>
        <message>
            <source>Photos are matched by folder or file name, e.g. 吉祥社区/第3条/门禁.jpg, 3-门禁.jpg or 第12条_物业.jpg.</source>
            <translation>Photos are matched by folder or file name, e.g. 吉祥社区/第3条/门禁.jpg, 3-门禁.jpg or 第12条_物业.jpg.</translation>
        </message>
        <message>
            <source>Workbooks and archives ({patterns});;All files (*)</source>
            <translation>Workbooks and archives ({patterns});;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>StandardScreen</name>
        <message>
            <source>&amp;Copy into a local edition…</source>
            <translation>&amp;Copy into a local edition…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>Standard:</source>
            <translation>Standard:</translation>
        </message>
        <message>
            <source>These standard files are not used until they are fixed:</source>
            <translation>These standard files are not used until they are fixed:</translation>
        </message>
        <message>
            <source>Scored: {max} points, pass mark {mark}</source>
            <translation>Scored: {max} points, pass mark {mark}</translation>
        </message>
        <message>
            <source>Pass/fail: every item must be met</source>
            <translation>Pass/fail: every item must be met</translation>
        </message>
        <message>
            <source>Document: {number}, issued {date} by {issuer}</source>
            <translation>Document: {number}, issued {date} by {issuer}</translation>
        </message>
        <message>
            <source>Derived from: {parent}</source>
            <translation>Derived from: {parent}</translation>
        </message>
        <message numerus="yes">
            <source>{number}. {title} (%n item(s))</source>
            <translation>
                <numerusform>{number}. {title} (%n item)</numerusform>
                <numerusform>{number}. {title} (%n items)</numerusform>
            </translation>
        </message>
        <message>
            <source> [veto]</source>
            <translation> [veto]</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Item {number}</source>
            <translation>Item {number}</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>How to verify</source>
            <translation>How to verify</translation>
        </message>
        <message>
            <source>Evidence to attach</source>
            <translation>Evidence to attach</translation>
        </message>
        <message>
            <source>Veto item</source>
            <translation>Veto item</translation>
        </message>
        <message>
            <source>Yes: checked first, failing it fails the community</source>
            <translation>Yes: checked first, failing it fails the community</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Numeric rule</source>
            <translation>Numeric rule</translation>
        </message>
        <message>
            <source>Property-management coverage {op} {value}{unit}</source>
            <translation>Property-management coverage {op} {value}{unit}</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Copy this standard into a local edition of the workspace and edit it</source>
            <translation>Copy this standard into a local edition of the workspace and edit it</translation>
        </message>
        <message>
            <source>Only an administrator can make a local edition.</source>
            <translation>Only an administrator can make a local edition.</translation>
        </message>
        <message>
            <source>Edit this local edition; each save is a new version</source>
            <translation>Edit this local edition; each save is a new version</translation>
        </message>
        <message>
            <source>Shipped standards are not edited: copy one into a local edition first.</source>
            <translation>Shipped standards are not edited: copy one into a local edition first.</translation>
        </message>
        <message>
            <source>Local edition {id} saved as {file}.</source>
            <translation>Local edition {id} saved as {file}.</translation>
        </message>
    </context>
    <context>
        <name>Standards</name>
        <message>
            <source>Document review</source>
            <translation>Document review</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>Site visit</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Questionnaire</translation>
        </message>
    </context>
    <context>
        <name>StandardsEditor</name>
        <message>
            <source>Edit standard — {id}</source>
            <translation>Edit standard — {id}</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>Full marks:</source>
            <translation>Full marks:</translation>
        </message>
        <message>
            <source>Pass mark:</source>
            <translation>Pass mark:</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Changes against the parent</source>
            <translation>&amp;Changes against the parent</translation>
        </message>
        <message>
            <source>Save new version</source>
            <translation>Save new version</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Add &amp;category</source>
            <translation>Add &amp;category</translation>
        </message>
        <message>
            <source>Add &amp;item</source>
            <translation>Add &amp;item</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Move &amp;down</translation>
        </message>
        <message>
            <source> ({points} points)</source>
            <translation> ({points} points)</translation>
        </message>
        <message>
            <source> [veto]</source>
            <translation> [veto]</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>New category</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>New item</translation>
        </message>
        <message>
            <source>Edit standard</source>
            <translation>Edit standard</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>Problems ({count})</source>
            <translation>Problems ({count})</translation>
        </message>
        <message>
            <source>No problems: the standard reads as valid</source>
            <translation>No problems: the standard reads as valid</translation>
        </message>
        <message>
            <source>Id: {id}</source>
            <translation>Id: {id}</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>version {version}</translation>
        </message>
        <message>
            <source>derived from {parent}</source>
            <translation>derived from {parent}</translation>
        </message>
        <message>
            <source>unsaved changes</source>
            <translation>unsaved changes</translation>
        </message>
        <message>
            <source>Only an administrator can save a standard; {user} is signed in.</source>
            <translation>Only an administrator can save a standard; {user} is signed in.</translation>
        </message>
        <message>
            <source>Fix the problems listed below to save a new version.</source>
            <translation>Fix the problems listed below to save a new version.</translation>
        </message>
        <message>
            <source>Saved version {version} as {file}.</source>
            <translation>Saved version {version} as {file}.</translation>
        </message>
        <message>
            <source>Nothing changed: version {version} is current.</source>
            <translation>Nothing changed: version {version} is current.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The standard {id} has changes that are not saved. Save them as a new version?</source>
            <translation>The standard {id} has changes that are not saved. Save them as a new version?</translation>
        </message>
    </context>
    <context>
        <name>StartUp</name>
        <message>
            <source>GreenDesk ran into an unexpected problem: {problem}</source>
            <translation>GreenDesk ran into an unexpected problem: {problem}</translation>
        </message>
        <message>
            <source>GreenDesk will close now. Solve the problem above, then start GreenDesk again.</source>
            <translation>GreenDesk will close now. Solve the problem above, then start GreenDesk again.</translation>
        </message>
        <message>
            <source>The details were written to {file}.</source>
            <translation>The details were written to {file}.</translation>
        </message>
        <message>
            <source>GreenDesk cannot start</source>
            <translation>GreenDesk cannot start</translation>
        </message>
        <message>
            <source>The last action was not completed. GreenDesk goes on; if this happens again, restart it.</source>
            <translation>The last action was not completed. GreenDesk goes on; if this happens again, restart it.</translation>
        </message>
        <message>
            <source>GreenDesk: something went wrong</source>
            <translation>GreenDesk: something went wrong</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Recommended</source>
            <translation>Recommended</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>Under review</translation>
        </message>
        <message>
            <source>Returned for rework</source>
            <translation>Returned for rework</translation>
        </message>
        <message>
            <source>Resubmitted</source>
            <translation>Resubmitted</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Signed off</translation>
        </message>
        <message>
            <source>Name revoked</source>
            <translation>Name revoked</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>Meets</translation>
        </message>
        <message>
            <source>Does not meet</source>
            <translation>Does not meet</translation>
        </message>
        <message>
            <source>More material needed</source>
            <translation>More material needed</translation>
        </message>
    </context>
    <context>
        <name>StreetChart</name>
        <message>
            <source>{street}: {recommended} recommended, {review} under review, {returned} returned, {failed} failed, {passed} passed this year; {pilots} passed in all (minimum {minimum}), {in_scope} in scope</source>
            <translation>{street}: {recommended} recommended, {review} under review, {returned} returned, {failed} failed, {passed} passed this year; {pilots} passed in all (minimum {minimum}), {in_scope} in scope</translation>
        </message>
    </context>
    <context>
        <name>StreetTreeModel</name>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Communities</source>
            <translation>Communities</translation>
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
            <translation>Year</translation>
        </message>
        <message>
            <source>Target share (%)</source>
            <translation>Target share (%)</translation>
        </message>
        <message>
            <source>Communities required</source>
            <translation>Communities required</translation>
        </message>
        <message>
            <source>Pilots per street</source>
            <translation>Pilots per street</translation>
        </message>
        <message>
            <source>Quarterly reports due</source>
            <translation>Quarterly reports due</translation>
        </message>
        <message>
            <source>Results and summary due</source>
            <translation>Results and summary due</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Save target</source>
            <translation>Save target</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>Share of in-scope communities passed by year end:</source>
            <translation>Share of in-scope communities passed by year end:</translation>
        </message>
        <message>
            <source>Pilots per street, minimum:</source>
            <translation>Pilots per street, minimum:</translation>
        </message>
        <message>
            <source>Pilots per street, maximum:</source>
            <translation>Pilots per street, maximum:</translation>
        </message>
        <message>
            <source>Edit a year's target</source>
            <translation>Edit a year's target</translation>
        </message>
        <message>
            <source>carried over from {year}</source>
            <translation>carried over from {year}</translation>
        </message>
        <message>
            <source>set for this year</source>
            <translation>set for this year</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Targets</translation>
        </message>
    </context>
    <context>
        <name>TaskPanel</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Cancelled; nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>Export recommendation template</source>
            <translation>Export recommendation template</translation>
        </message>
        <message>
            <source>All streets</source>
            <translation>All streets</translation>
        </message>
        <message>
            <source>One street's template holds only its communities; all streets make one sheet per community.</source>
            <translation>One street's template holds only its communities; all streets make one sheet per community.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Save…</translation>
        </message>
        <message>
            <source>Recommendation template {year}{street}.xlsx</source>
            <translation>Recommendation template {year}{street}.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Template saved: {file}</source>
            <translation>Template saved: {file}</translation>
        </message>
    </context>
    <context>
        <name>VerifyPackageDialog</name>
        <message>
            <source>Verify application package</source>
            <translation>Verify application package</translation>
        </message>
        <message>
            <source>Choose a package</source>
            <translation>Choose a package</translation>
        </message>
        <message>
            <source>optional: the fingerprint printed in the district summary</source>
            <translation>optional: the fingerprint printed in the district summary</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>Package</translation>
        </message>
        <message>
            <source>Expected key fingerprint</source>
            <translation>Expected key fingerprint</translation>
        </message>
        <message>
            <source>Choose a package and press Verify.</source>
            <translation>Choose a package and press Verify.</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verify</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Choose a package first.</source>
            <translation>Choose a package first.</translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>Verifying…</translation>
        </message>
        <message numerus="yes">
            <source>Valid: all %n file(s) match the signed manifests.
Signed by key {fingerprint}</source>
            <translation>
                <numerusform>Valid: the %n file matches the signed manifests.
Signed by key {fingerprint}</numerusform>
                <numerusform>Valid: all %n files match the signed manifests.
Signed by key {fingerprint}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>NOT valid: %n problem(s) found.</source>
            <translation>
                <numerusform>NOT valid: %n problem found.</numerusform>
                <numerusform>NOT valid: %n problems found.</numerusform>
            </translation>
        </message>
        <message>
            <source>The package could not be checked: {reason}</source>
            <translation>The package could not be checked: {reason}</translation>
        </message>
    </context>
    <context>
        <name>VisitRecordDialog</name>
        <message>
            <source>Site visit results: {community}</source>
            <translation>Site visit results: {community}</translation>
        </message>
        <message>
            <source>{community} ({code}) · {street} · {day} · stop {order} · visit code {visit}</source>
            <translation>{community} ({code}) · {street} · {day} · stop {order} · visit code {visit}</translation>
        </message>
        <message>
            <source>Items (score)</source>
            <translation>Items (score)</translation>
        </message>
        <message>
            <source>Items (outcome)</source>
            <translation>Items (outcome)</translation>
        </message>
        <message>
            <source> of {points}</source>
            <translation> of {points}</translation>
        </message>
        <message>
            <source>Item {number}</source>
            <translation>Item {number}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>听 Hear the report:</source>
            <translation>听 Hear the report:</translation>
        </message>
        <message>
            <source>查 Check the records:</source>
            <translation>查 Check the records:</translation>
        </message>
        <message>
            <source>看 Look on site:</source>
            <translation>看 Look on site:</translation>
        </message>
        <message>
            <source>问 Ask residents:</source>
            <translation>问 Ask residents:</translation>
        </message>
        <message>
            <source>议 Discuss:</source>
            <translation>议 Discuss:</translation>
        </message>
        <message>
            <source>Residents' questionnaire</source>
            <translation>Residents' questionnaire</translation>
        </message>
        <message>
            <source>Handed out</source>
            <translation>Handed out</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>Satisfied</translation>
        </message>
        <message>
            <source>Basically satisfied</source>
            <translation>Basically satisfied</translation>
        </message>
        <message>
            <source>Dissatisfied</source>
            <translation>Dissatisfied</translation>
        </message>
        <message>
            <source>Photos and their places</source>
            <translation>Photos and their places</translation>
        </message>
        <message>
            <source>Item of the photos</source>
            <translation>Item of the photos</translation>
        </message>
        <message>
            <source>Add &amp;photos…</source>
            <translation>Add &amp;photos…</translation>
        </message>
        <message>
            <source>Photos and warnings</source>
            <translation>Photos and warnings</translation>
        </message>
        <message>
            <source>Item {number}: {file} (saved)</source>
            <translation>Item {number}: {file} (saved)</translation>
        </message>
        <message>
            <source>Item {number}: {file} (to be saved)</source>
            <translation>Item {number}: {file} (to be saved)</translation>
        </message>
        <message>
            <source>The tally adds up.</source>
            <translation>The tally adds up.</translation>
        </message>
        <message>
            <source>No questionnaire entered.</source>
            <translation>No questionnaire entered.</translation>
        </message>
        <message>
            <source>Photos taken on site</source>
            <translation>Photos taken on site</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.heic *.tif *.tiff);;All files (*)</source>
            <translation>Photos (*.jpg *.jpeg *.png *.heic *.tif *.tiff);;All files (*)</translation>
        </message>
        <message>
            <source>Site visit results</source>
            <translation>Site visit results</translation>
        </message>
        <message>
            <source>Saved. Check the photos' warnings on the right.</source>
            <translation>Saved. Check the photos' warnings on the right.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>Visits</name>
        <message>
            <source>{photo}: no GPS position (where it was taken is not checked)</source>
            <translation>{photo}: no GPS position (where it was taken is not checked)</translation>
        </message>
        <message>
            <source>{photo}: taken {distance} km from where the community's other evidence photos were taken</source>
            <translation>{photo}: taken {distance} km from where the community's other evidence photos were taken</translation>
        </message>
        <message>
            <source>{photo}: taken at {lat}, {lon}, outside the area of {district}</source>
            <translation>{photo}: taken at {lat}, {lon}, outside the area of {district}</translation>
        </message>
    </context>
    <context>
        <name>VisitsScreen</name>
        <message>
            <source>&amp;Add communities…</source>
            <translation>&amp;Add communities…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Visit code</source>
            <translation>Visit code</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Move &amp;down</translation>
        </message>
        <message>
            <source>Move to &amp;day</source>
            <translation>Move to &amp;day</translation>
        </message>
        <message>
            <source>&amp;Cancel visit</source>
            <translation>&amp;Cancel visit</translation>
        </message>
        <message>
            <source>&amp;Print the day…</source>
            <translation>&amp;Print the day…</translation>
        </message>
        <message>
            <source>&amp;Record results…</source>
            <translation>&amp;Record results…</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>Plan for &amp;day:</source>
            <translation>Plan for &amp;day:</translation>
        </message>
        <message>
            <source>Visit days</source>
            <translation>Visit days</translation>
        </message>
        <message>
            <source>A visit records what was found on site; the review's decisions are not changed by it.</source>
            <translation>A visit records what was found on site; the review's decisions are not changed by it.</translation>
        </message>
        <message>
            <source>Site visits</source>
            <translation>Site visits</translation>
        </message>
        <message numerus="yes">
            <source>{day}: %n stop(s)</source>
            <translation>
                <numerusform>{day}: %n stop</numerusform>
                <numerusform>{day}: %n stops</numerusform>
            </translation>
        </message>
        <message>
            <source>Route of {day}</source>
            <translation>Route of {day}</translation>
        </message>
        <message>
            <source>No visit planned yet.</source>
            <translation>No visit planned yet.</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planned</translation>
        </message>
        <message>
            <source>recorded</source>
            <translation>recorded</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>Cancel visit</source>
            <translation>Cancel visit</translation>
        </message>
        <message>
            <source>Cancel the visit to {community} on {day}?</source>
            <translation>Cancel the visit to {community} on {day}?</translation>
        </message>
        <message>
            <source>Folder for the route sheet and forms</source>
            <translation>Folder for the route sheet and forms</translation>
        </message>
        <message>
            <source>Wrote the route sheet and {count} forms to {folder}.</source>
            <translation>Wrote the route sheet and {count} forms to {folder}.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceCheckDialog</name>
        <message>
            <source>Check workspace</source>
            <translation>Check workspace</translation>
        </message>
        <message>
            <source>Check now</source>
            <translation>Check now</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Checks the database file (its indexes and every text), the audit log against its anchors and the review tables, and every photo, thumbnail and print copy in the store (missing, extra, or changed since it was made).</source>
            <translation>Checks the database file (its indexes and every text), the audit log against its anchors and the review tables, and every photo, thumbnail and print copy in the store (missing, extra, or changed since it was made).</translation>
        </message>
        <message>
            <source>Information: {text}</source>
            <translation>Information: {text}</translation>
        </message>
        <message>
            <source>No problems found: {entries} and {photos} checked.</source>
            <translation>No problems found: {entries} and {photos} checked.</translation>
        </message>
        <message numerus="yes">
            <source>%n audit entries</source>
            <translation>
                <numerusform>%n audit entry</numerusform>
                <numerusform>%n audit entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>%n problem found.</numerusform>
                <numerusform>%n problems found.</numerusform>
            </translation>
        </message>
        <message>
            <source>The check was stopped before it finished.</source>
            <translation>The check was stopped before it finished.</translation>
        </message>
    </context>
    <context>
        <name>_AdministratorAction</name>
        <message>
            <source>Your password ({account}):</source>
            <translation>Your password ({account}):</translation>
        </message>
        <message>
            <source>Enter your own password to confirm.</source>
            <translation>Enter your own password to confirm.</translation>
        </message>
    </context>
    <context>
        <name>_FileRow</name>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Zip packages (*.zip)</source>
            <translation>Zip packages (*.zip)</translation>
        </message>
    </context>
    <context>
        <name>_RuleControl</name>
        <message>
            <source>missing: {point}</source>
            <translation>missing: {point}</translation>
        </message>
        <message>
            <source> units (at most plus {cap})</source>
            <translation> units (at most plus {cap})</translation>
        </message>
        <message>
            <source> found</source>
            <translation> found</translation>
        </message>
        <message>
            <source>found (minus {points})</source>
            <translation>found (minus {points})</translation>
        </message>
        <message>
            <source>met (plus {points})</source>
            <translation>met (plus {points})</translation>
        </message>
        <message>
            <source>found (the item scores 0)</source>
            <translation>found (the item scores 0)</translation>
        </message>
        <message>
            <source>found, deduct</source>
            <translation>found, deduct</translation>
        </message>
        <message>
            <source>({low}–{high})</source>
            <translation>({low}–{high})</translation>
        </message>
    </context>
</TS>
