; Inno Setup script: the Windows installer of the bundle that packaging/cjdesigner-windows.spec
; makes in dist\cjdesigner\. Compile on Windows, from the repository's top folder:
;   iscc /DAppVersion=0.1.0 packaging\windows\cjdesigner.iss
; Writes dist\cjdesigner-<version>-windows-x64-setup.exe. Installs per user or for everyone (the
; user chooses), adds a Start menu entry, and makes .cjm maps open in cjdesigner (their own icon).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F1D2E7C-3B64-4C1F-9E55-4C4A1C0D7A13}
AppName=cjdesigner
AppVersion={#AppVersion}
AppPublisher=cjdesigner developers
DefaultDirName={autopf}\cjdesigner
DefaultGroupName=cjdesigner
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=cjdesigner-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\cjdesigner.ico
UninstallDisplayIcon={app}\cjdesigner.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"

[Files]
Source: "..\..\dist\cjdesigner\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion
Source: "..\..\build\icons\cjdesigner-document.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\cjdesigner"; Filename: "{app}\cjdesigner.exe"
Name: "{autodesktop}\cjdesigner"; Filename: "{app}\cjdesigner.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .cjm -> cjdesigner.map: "Customer journey map", its icon, opened by cjdesigner.exe
Root: HKA; Subkey: "Software\Classes\.cjm"; ValueType: string; ValueName: ""; ValueData: "cjdesigner.map"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cjm"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-cjdesigner-map"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cjm\OpenWithProgids"; ValueType: string; ValueName: "cjdesigner.map"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\cjdesigner.map"; ValueType: string; ValueName: ""; ValueData: "Customer journey map"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\cjdesigner.map\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\cjdesigner-document.ico"
Root: HKA; Subkey: "Software\Classes\cjdesigner.map\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\cjdesigner.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\cjdesigner.exe\SupportedTypes"; ValueType: string; ValueName: ".cjm"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\cjdesigner.exe"; Description: "{cm:LaunchProgram,cjdesigner}"; Flags: nowait postinstall skipifsilent
