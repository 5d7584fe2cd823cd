<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
            <source>Password: </source>
            <translation>Password: </translation>
        </message>
        <message>
            <source>Account {user} created with roles {roles}.</source>
            <translation>Account {user} created with roles {roles}.</translation>
        </message>
        <message>
            <source>Password of {user} changed.</source>
            <translation>Password of {user} changed.</translation>
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
            <source>No community with code {code}.</source>
            <translation>No community with code {code}.</translation>
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
            <source>No account named '{user}'.</source>
            <translation>No account named '{user}'.</translation>
        </message>
        <message>
            <source>'{user}' is not a valid account name (no spaces or commas).</source>
            <translation>'{user}' is not a valid account name (no spaces or commas).</translation>
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
            <source>Photo {index} of {count}: {name}</source>
            <translation>Photo {index} of {count}: {name}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
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
        <message>
            <source>{count} communities · {signed} signed off · {decided} of {total} items decided</source>
            <translation>{count} communities · {signed} signed off · {decided} of {total} items decided</translation>
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
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
            <source>{symbol} Item {number}{gating}: {text}{flags}</source>
            <translation>{symbol} Item {number}{gating}: {text}{flags}</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Not decided</translation>
        </message>
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
            <source>Round {round}: {outcome} — {comment}</source>
            <translation>Round {round}: {outcome} — {comment}</translation>
        </message>
        <message>
            <source>Earlier rounds (read-only):</source>
            <translation>Earlier rounds (read-only):</translation>
        </message>
        <message>
            <source>Met in an earlier round (carried over)</source>
            <translation>Met in an earlier round (carried over)</translation>
        </message>
        <message>
            <source>{outcome} · {user} · {time}</source>
            <translation>{outcome} · {user} · {time}</translation>
        </message>
        <message>
            <source>{count} photos for item {number} — drop or paste photos here to attach</source>
            <translation>{count} photos for item {number} — drop or paste photos here to attach</translation>
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
        <message>
            <source>Review history</source>
            <translation>Review history</translation>
        </message>
    </context>
    <context>
        <name>ReworkNotice</name>
        <message>
            <source>Green Community Creation: Rework Notice</source>
            <translation>Green Community Creation: Rework Notice</translation>
        </message>
        <message>
            <source>To: {street}</source>
            <translation>To: {street}</translation>
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
            <source>{district} green community review office, {date}</source>
            <translation>{district} green community review office, {date}</translation>
        </message>
        <message>
            <source>Rework Notice</source>
            <translation>Rework Notice</translation>
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
        <name>_AccountDialog</name>
        <message>
            <source>Approver account</source>
            <translation>Approver account</translation>
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
</TS>
