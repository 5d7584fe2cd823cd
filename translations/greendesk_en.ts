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
            <source>NOT valid: {path} has {count} problem(s):</source>
            <translation>NOT valid: {path} has {count} problem(s):</translation>
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
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
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
        <name>Package</name>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
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
            <source>{district} {year}: application package summary</source>
            <translation>{district} {year}: application package summary</translation>
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
        <message>
            <source>Valid: all {files} files match the signed manifests.
Signed by key {fingerprint}</source>
            <translation>Valid: all {files} files match the signed manifests.
Signed by key {fingerprint}</translation>
        </message>
        <message>
            <source>NOT valid: {count} problem(s) found.</source>
            <translation>NOT valid: {count} problem(s) found.</translation>
        </message>
        <message>
            <source>The package could not be checked: {reason}</source>
            <translation>The package could not be checked: {reason}</translation>
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
</TS>
