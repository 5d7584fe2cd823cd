<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
            <source>{rows} rows, {matched} communities matched, {photos} photos, {errors} problems to resolve.</source>
            <translation>{rows} rows, {matched} communities matched, {photos} photos, {errors} problems to resolve.</translation>
        </message>
        <message>
            <source>Self-assessment, item {item}</source>
            <translation>Self-assessment, item {item}</translation>
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
            <source>Template written to {file}</source>
            <translation>Template written to {file}</translation>
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
            <source>{file} is a damaged zip file and cannot be opened.</source>
            <translation>{file} is a damaged zip file and cannot be opened.</translation>
        </message>
        <message>
            <source>{file} holds {count} entries, more than the {limit} allowed.</source>
            <translation>{file} holds {count} entries, more than the {limit} allowed.</translation>
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
            <source>{file} holds no recommendation workbook (.xlsx or .xls); nothing can be imported.</source>
            <translation>{file} holds no recommendation workbook (.xlsx or .xls); nothing can be imported.</translation>
        </message>
        <message>
            <source>photo '{photo}' listed for item {item} is not in the package.</source>
            <translation>photo '{photo}' listed for item {item} is not in the package.</translation>
        </message>
        <message>
            <source>not a workbook or a photo (JPEG, PNG, HEIC); ignored.</source>
            <translation>not a workbook or a photo (JPEG, PNG, HEIC); ignored.</translation>
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
            <source>'{text}' is not #ROW=CODE.</source>
            <translation>'{text}' is not #ROW=CODE.</translation>
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
            <source>Done: {created} recommendations created, {updated} updated, {skipped} rows skipped, {attached} photos attached ({added} new in the store, {photos_skipped} not attached).</source>
            <translation>Done: {created} recommendations created, {updated} updated, {skipped} rows skipped, {attached} photos attached ({added} new in the store, {photos_skipped} not attached).</translation>
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
            <source>Photo not matched</source>
            <translation>Photo not matched</translation>
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
            <source>Photos whose community or item could not be read (optional):</source>
            <translation>Photos whose community or item could not be read (optional):</translation>
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
            <source>(do not attach)</source>
            <translation>(do not attach)</translation>
        </message>
        <message>
            <source>Item {item}</source>
            <translation>Item {item}</translation>
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
            <source>Workbooks and zip files (*.xlsx *.xls *.zip)</source>
            <translation>Workbooks and zip files (*.xlsx *.xls *.zip)</translation>
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
        <name>_TaskPanel</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Cancelled; nothing was changed.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
</TS>
