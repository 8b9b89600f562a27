import { officialEnumValues, officialMembers } from '../src/local/workspace/official-api.ts';
for (const e of ['Spreadsheet.DataValidationCriteria','Spreadsheet.BooleanCriteria','Spreadsheet.ProtectionType','Charts.ChartType','Base.ButtonSet','Base.Button','Script.AuthMode','HTML.SandboxMode','HTML.XFrameOptionsMode','Base.MimeType']) { try { console.log(e, [...officialEnumValues(e)].join(' ')); } catch (x) { console.log(String(x)); } }
console.log([...officialMembers('Base.MimeType')].join(' '));
