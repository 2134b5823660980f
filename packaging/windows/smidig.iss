; Inno Setup script for Smidig's Windows installer (on paper; see README.md here).
; build-installer.ps1 passes AppVersion, StageDir (the installed and deployed files) and OutputDir.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; The AppId stays the same for every version, so an update replaces the installed one.
AppId=dk.smidig.Smidig
AppName=Smidig
AppVersion={#AppVersion}
AppPublisher=The Smidig developers
DefaultDirName={autopf}\Smidig
DefaultGroupName=Smidig
UninstallDisplayIcon={app}\bin\smidig.exe
OutputDir={#OutputDir}
OutputBaseFilename=Smidig-{#AppVersion}-setup
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#StageDir}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Smidig"; Filename: "{app}\bin\smidig.exe"
Name: "{group}\Smidig (demo store)"; Filename: "{app}\bin\smidig.exe"; Parameters: "--demo"
Name: "{autodesktop}\Smidig"; Filename: "{app}\bin\smidig.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\bin\smidig.exe"; Description: "{cm:LaunchProgram,Smidig}"; Flags: nowait postinstall skipifsilent
