; Inno Setup script for the 44 Days Windows installer (Inno Setup 6, https://jrsoftware.org/isinfo.php).
;
; On Windows, from the top of the checkout, build the standalone app first and then the installer:
;   python packaging\build_bundle.py
;   iscc packaging\windows\44days.iss
; which writes dist\44days-<version>-setup.exe. Paths below are relative to this file's folder.
; tests/packaging/test_desktop_files.py checks that the files named here exist (or are what the bundle
; build writes) and that the version matches desktop_app/__init__.py.

; Inno Setup 6.3 or newer: "x64compatible" below and the HKA registry root came with 6.3.
#if Ver < EncodeVer(6, 3, 0)
  #error 44days.iss needs Inno Setup 6.3 or newer
#endif

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "44 Days"
#define AppExe "44days.exe"

[Setup]
; AppId identifies the app to Windows for upgrades and uninstalling: never change it.
AppId={{66DE3BF1-878F-4A3F-9E5C-26E5BEB9B770}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The 44 Days developers
AppComments=Offline reference and study tool on the 2020 Second Nagorno-Karabakh War
DefaultDirName={autopf}\44 Days
DefaultGroupName=44 Days
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights (classroom machines); an administrator may
; choose "for all users" in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=44days.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=..\..\dist
OutputBaseFilename=44days-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The installer registers the .44days file type and fortyfourdays:// links: Explorer is told to refresh.
ChangesAssociations=yes

[Languages]
; Inno Setup ships Armenian and Russian; it has no Azerbaijani translation of its own, so ours is beside
; this script (Languages\Azerbaijani.isl, a translation of Inno Setup's Default.isl).
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "armenian"; MessagesFile: "compiler:Languages\Armenian.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "azerbaijani"; MessagesFile: "Languages\Azerbaijani.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The one-folder app that packaging\44days.spec builds (dist\44days\44days.exe and dist\44days\_internal\).
Source: "..\..\dist\44days\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Registry]
; Double-clicking a .44days file (a teacher pack, a reading list) opens it in 44 Days, which shows what
; it holds before importing. HKA: the current user's classes, or the machine's when installed for all.
Root: HKA; Subkey: "Software\Classes\.44days"; ValueType: string; ValueName: ""; ValueData: "FortyFourDays.Notes"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.44days"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-44days"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\FortyFourDays.Notes"; ValueType: string; ValueName: ""; ValueData: "44 Days notes"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\FortyFourDays.Notes\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\FortyFourDays.Notes\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; fortyfourdays:// links (in study sheets and handouts) open the entry, event, place or note in 44 Days.
Root: HKA; Subkey: "Software\Classes\fortyfourdays"; ValueType: string; ValueName: ""; ValueData: "URL:44 Days link"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\fortyfourdays"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\fortyfourdays\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\fortyfourdays\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
