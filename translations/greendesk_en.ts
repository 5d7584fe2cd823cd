<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
            <source>No problems found: database intact, {entries} audit entries verified, {photos} photos.</source>
            <translation>No problems found: database intact, {entries} audit entries verified, {photos} photos.</translation>
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
            <source>Do not restore</source>
            <translation>Do not restore</translation>
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
            <source>District code '{code}' must be 6 digits (e.g. 110105 for Chaoyang).</source>
            <translation>District code '{code}' must be 6 digits (e.g. 110105 for Chaoyang).</translation>
        </message>
        <message>
            <source>District {code} is not in the shipped registry: please give its name.</source>
            <translation>District {code} is not in the shipped registry: please give its name.</translation>
        </message>
        <message>
            <source>No Chinese TrueType font found for PDF output (looked for WenQuanYi Micro Hei, SimHei).</source>
            <translation>No Chinese TrueType font found for PDF output (looked for WenQuanYi Micro Hei, SimHei).</translation>
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
            <source>{file} is password protected: save it without a password and import again.</source>
            <translation>{file} is password protected: save it without a password and import again.</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx or .xls).</source>
            <translation>{file} is not an Excel workbook (.xlsx or .xls).</translation>
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
            <source>{file} contains forbidden XML (entity declarations) and was refused.</source>
            <translation>{file} contains forbidden XML (entity declarations) and was refused.</translation>
        </message>
        <message>
            <source>{file} is damaged and cannot be read ({reason}).</source>
            <translation>{file} is damaged and cannot be read ({reason}).</translation>
        </message>
        <message>
            <source>Standard {standard} has no item {item}.</source>
            <translation>Standard {standard} has no item {item}.</translation>
        </message>
        <message>
            <source>Standard {standard} has no category {category}.</source>
            <translation>Standard {standard} has no category {category}.</translation>
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
            <source>a whole number</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
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
            <source>Standard file {file} is not UTF-8 text.</source>
            <translation>Standard file {file} is not UTF-8 text.</translation>
        </message>
        <message>
            <source>Standard file {file} is not valid JSON (line {line}, column {column}): {reason}</source>
            <translation>Standard file {file} is not valid JSON (line {line}, column {column}): {reason}</translation>
        </message>
        <message>
            <source>Standard file {file}: field 'derives_from' names unknown standard '{parent}'</source>
            <translation>Standard file {file}: field 'derives_from' names unknown standard '{parent}'</translation>
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
            <source>Cannot create the workspace folder {folder}: {reason}</source>
            <translation>Cannot create the workspace folder {folder}: {reason}</translation>
        </message>
        <message>
            <source>No workspace in {folder}: create one first (greendesk init --district CODE).</source>
            <translation>No workspace in {folder}: create one first (greendesk init --district CODE).</translation>
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
            <source>{file} has {megapixels} megapixels, more than the {limit} allowed.</source>
            <translation>{file} has {megapixels} megapixels, more than the {limit} allowed.</translation>
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
            <source>There is no database to back up in {file}.</source>
            <translation>There is no database to back up in {file}.</translation>
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
    </context>
    <context>
        <name>Health</name>
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
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Checks the database file, the audit log (an edited or deleted entry) and every photo in the store (missing, extra, or changed since it was added).</source>
            <translation>Checks the database file, the audit log (an edited or deleted entry) and every photo in the store (missing, extra, or changed since it was added).</translation>
        </message>
        <message>
            <source>No problems found: {entries} audit entries and {photos} photos checked.</source>
            <translation>No problems found: {entries} audit entries and {photos} photos checked.</translation>
        </message>
        <message>
            <source>{count} problems found.</source>
            <translation>{count} problems found.</translation>
        </message>
        <message>
            <source>The check was stopped before it finished.</source>
            <translation>The check was stopped before it finished.</translation>
        </message>
    </context>
</TS>
