; *** Inno Setup version 6.1.0+ Azerbaijani (North Azerbaijani, Latin script) messages ***
;
; An Azerbaijani translation of Inno Setup's English messages file Default.isl,
; translated from the repository jrsoftware/issrc (https://github.com/jrsoftware/issrc),
; path Files/Default.isl, commit f518aecaac8fc3824ed8c6c0cb80131fa1be4cc1.
; Made for the installer of the desktop app "44 Days" (packaging/windows/44days.iss).
;
; Licence: this file is a translation of Default.isl and is distributed under
; Inno Setup's licence, on the same terms as Default.isl itself
; (https://jrsoftware.org/files/is/license.txt).
;
; This is NOT one of Inno Setup's official translations: it is not published,
; reviewed or maintained by Jordan Russell / jrsoftware or by the Inno Setup
; translators.
;
; The file is saved as UTF-8 with a byte order mark, so Unicode Inno Setup reads it.
;
; Note: When translating this text, do not add periods (.) to the end of
; messages that didn't have them already, because on those messages Inno
; Setup adds the periods automatically (appending a period would result in
; two periods being displayed).

[LangOptions]
; The following three entries are very important. Be sure to read and
; understand the '[LangOptions] section' topic in the help file.
LanguageName=Az<0259>rbaycan dili
LanguageID=$042C
LanguageCodePage=0
; If the language you are translating to requires special font faces or
; sizes, uncomment any of the following entries and change them accordingly.
;DialogFontName=
;DialogFontSize=8
;WelcomeFontName=Verdana
;WelcomeFontSize=12
;TitleFontName=Arial
;TitleFontSize=29
;CopyrightFontName=Arial
;CopyrightFontSize=8

[Messages]

; *** Application titles
SetupAppTitle=Quraşdırma
SetupWindowTitle=Quraşdırma - %1
UninstallAppTitle=Silmə
UninstallAppFullTitle=%1 - Silmə

; *** Misc. common
InformationTitle=Məlumat
ConfirmTitle=Təsdiq
ErrorTitle=Xəta

; *** SetupLdr messages
SetupLdrStartupMessage=Bu, %1 proqramını quraşdıracaq. Davam etmək istəyirsiniz?
LdrCannotCreateTemp=Müvəqqəti fayl yaratmaq mümkün olmadı. Quraşdırma dayandırıldı
LdrCannotExecTemp=Müvəqqəti qovluqdakı faylı icra etmək mümkün olmadı. Quraşdırma dayandırıldı
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1.%n%nXəta %2: %3
SetupFileMissing=Quraşdırma qovluğunda %1 faylı yoxdur. Problemi aradan qaldırın və ya proqramın yeni nüsxəsini əldə edin.
SetupFileCorrupt=Quraşdırma faylları zədələnib. Proqramın yeni nüsxəsini əldə edin.
SetupFileCorruptOrWrongVer=Quraşdırma faylları zədələnib və ya Quraşdırmanın bu versiyası ilə uyğun deyil. Problemi aradan qaldırın və ya proqramın yeni nüsxəsini əldə edin.
InvalidParameter=Əmr sətrində yanlış parametr ötürülüb:%n%n%1
SetupAlreadyRunning=Quraşdırma artıq işləyir.
WindowsVersionNotSupported=Bu proqram kompüterinizdə işləyən Windows versiyasını dəstəkləmir.
WindowsServicePackRequired=Bu proqram üçün %1 Service Pack %2 və ya daha yenisi tələb olunur.
NotOnThisPlatform=Bu proqram %1 üzərində işləməyəcək.
OnlyOnThisPlatform=Bu proqram %1 üzərində işə salınmalıdır.
OnlyOnTheseArchitectures=Bu proqram yalnız aşağıdakı prosessor arxitekturaları üçün nəzərdə tutulmuş Windows versiyalarında quraşdırıla bilər:%n%n%1
WinVersionTooLowError=Bu proqram üçün %1 %2 və ya daha yeni versiya tələb olunur.
WinVersionTooHighError=Bu proqram %1 %2 və ya daha yeni versiyada quraşdırıla bilməz.
AdminPrivilegesRequired=Bu proqramı quraşdırarkən sistemə inzibatçı kimi daxil olmalısınız.
PowerUserPrivilegesRequired=Bu proqramı quraşdırarkən sistemə inzibatçı kimi və ya Power Users qrupunun üzvü kimi daxil olmalısınız.
SetupAppRunningError=Quraşdırma %1 proqramının hazırda işlədiyini aşkar etdi.%n%nOnun bütün nüsxələrini indi bağlayın, sonra davam etmək üçün OK, çıxmaq üçün isə Ləğv et düyməsini klikləyin.
UninstallAppRunningError=Silmə %1 proqramının hazırda işlədiyini aşkar etdi.%n%nOnun bütün nüsxələrini indi bağlayın, sonra davam etmək üçün OK, çıxmaq üçün isə Ləğv et düyməsini klikləyin.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Quraşdırma rejimini seçin
PrivilegesRequiredOverrideInstruction=Quraşdırma rejimini seçin
PrivilegesRequiredOverrideText1=%1 bütün istifadəçilər üçün (inzibatçı hüquqları tələb olunur) və ya yalnız sizin üçün quraşdırıla bilər.
PrivilegesRequiredOverrideText2=%1 yalnız sizin üçün və ya bütün istifadəçilər üçün (inzibatçı hüquqları tələb olunur) quraşdırıla bilər.
PrivilegesRequiredOverrideAllUsers=&Bütün istifadəçilər üçün quraşdır
PrivilegesRequiredOverrideAllUsersRecommended=&Bütün istifadəçilər üçün quraşdır (tövsiyə olunur)
PrivilegesRequiredOverrideCurrentUser=Yalnız &mənim üçün quraşdır
PrivilegesRequiredOverrideCurrentUserRecommended=Yalnız &mənim üçün quraşdır (tövsiyə olunur)

; *** Misc. errors
ErrorCreatingDir=Quraşdırma "%1" qovluğunu yarada bilmədi
ErrorTooManyFilesInDir="%1" qovluğunda fayl yaratmaq mümkün olmadı, çünki orada həddindən artıq çox fayl var

; *** Setup common messages
ExitSetupTitle=Quraşdırmadan çıxış
ExitSetupMessage=Quraşdırma başa çatmayıb. İndi çıxsanız, proqram quraşdırılmayacaq.%n%nQuraşdırmanı tamamlamaq üçün onu başqa vaxt yenidən işə sala bilərsiniz.%n%nQuraşdırmadan çıxılsın?
AboutSetupMenuItem=Quraşdırma &haqqında...
AboutSetupTitle=Quraşdırma haqqında
AboutSetupMessage=%1, versiya %2%n%3%n%n%1 ana səhifəsi:%n%4
AboutSetupNote=
TranslatorNote=

; *** Buttons
ButtonBack=< &Geri
ButtonNext=&Növbəti >
ButtonInstall=&Quraşdır
ButtonOK=OK
ButtonCancel=Ləğv et
ButtonYes=&Bəli
ButtonYesToAll=&Hamısına bəli
ButtonNo=&Xeyr
ButtonNoToAll=Ha&mısına xeyr
ButtonFinish=&Bitir
ButtonBrowse=&Göz at...
ButtonWizardBrowse=Gö&z at...
ButtonNewFolder=&Yeni qovluq yarat

; *** "Select Language" dialog messages
SelectLanguageTitle=Quraşdırma dilini seçin
SelectLanguageLabel=Quraşdırma zamanı istifadə olunacaq dili seçin.

; *** Common wizard text
ClickNext=Davam etmək üçün Növbəti, Quraşdırmadan çıxmaq üçün isə Ləğv et düyməsini klikləyin.
BeveledLabel=
BrowseDialogTitle=Qovluğa göz at
BrowseDialogLabel=Aşağıdakı siyahıdan qovluq seçin, sonra OK düyməsini klikləyin.
NewFolderName=Yeni qovluq

; *** "Welcome" wizard page
WelcomeLabel1=[name] Quraşdırma sehrbazına xoş gəlmisiniz
WelcomeLabel2=Bu, [name/ver] proqramını kompüterinizə quraşdıracaq.%n%nDavam etməzdən əvvəl bütün digər tətbiqləri bağlamağınız tövsiyə olunur.

; *** "Password" wizard page
WizardPassword=Parol
PasswordLabel1=Bu quraşdırma parolla qorunur.
PasswordLabel3=Parolu daxil edin, sonra davam etmək üçün Növbəti düyməsini klikləyin. Parollar böyük və kiçik hərflərə həssasdır.
PasswordEditLabel=&Parol:
IncorrectPassword=Daxil etdiyiniz parol düzgün deyil. Yenidən cəhd edin.

; *** "License Agreement" wizard page
WizardLicense=Lisenziya müqaviləsi
LicenseLabel=Davam etməzdən əvvəl aşağıdakı vacib məlumatı oxuyun.
LicenseLabel3=Aşağıdakı Lisenziya müqaviləsini oxuyun. Quraşdırmaya davam etməzdən əvvəl bu müqavilənin şərtlərini qəbul etməlisiniz.
LicenseAccepted=Müqaviləni &qəbul edirəm
LicenseNotAccepted=Müqaviləni qəbul &etmirəm

; *** "Information" wizard pages
WizardInfoBefore=Məlumat
InfoBeforeLabel=Davam etməzdən əvvəl aşağıdakı vacib məlumatı oxuyun.
InfoBeforeClickLabel=Quraşdırmaya davam etməyə hazır olduqda Növbəti düyməsini klikləyin.
WizardInfoAfter=Məlumat
InfoAfterLabel=Davam etməzdən əvvəl aşağıdakı vacib məlumatı oxuyun.
InfoAfterClickLabel=Quraşdırmaya davam etməyə hazır olduqda Növbəti düyməsini klikləyin.

; *** "User Information" wizard page
WizardUserInfo=İstifadəçi məlumatı
UserInfoDesc=Məlumatlarınızı daxil edin.
UserInfoName=İstifadəçi &adı:
UserInfoOrg=&Təşkilat:
UserInfoSerial=&Seriya nömrəsi:
UserInfoNameRequired=Ad daxil etməlisiniz.

; *** "Select Destination Location" wizard page
WizardSelectDir=Təyinat yerini seçin
SelectDirDesc=[name] harada quraşdırılsın?
SelectDirLabel3=Quraşdırma [name] proqramını aşağıdakı qovluğa quraşdıracaq.
SelectDirBrowseLabel=Davam etmək üçün Növbəti düyməsini klikləyin. Başqa qovluq seçmək istəyirsinizsə, Göz at düyməsini klikləyin.
DiskSpaceGBLabel=Ən azı [gb] GB boş disk sahəsi tələb olunur.
DiskSpaceMBLabel=Ən azı [mb] MB boş disk sahəsi tələb olunur.
CannotInstallToNetworkDrive=Quraşdırma şəbəkə diskinə quraşdıra bilməz.
CannotInstallToUNCPath=Quraşdırma UNC yoluna quraşdıra bilməz.
InvalidPath=Disk hərfi ilə birlikdə tam yolu daxil etməlisiniz; məsələn:%n%nC:\APP%n%nvə ya bu formada UNC yolu:%n%n\\server\share
InvalidDrive=Seçdiyiniz disk və ya UNC paylaşımı mövcud deyil və ya əlçatan deyil. Başqasını seçin.
DiskSpaceWarningTitle=Diskdə kifayət qədər yer yoxdur
DiskSpaceWarning=Quraşdırma üçün ən azı %1 KB boş yer tələb olunur, lakin seçilmiş diskdə yalnız %2 KB boş yer var.%n%nYenə də davam etmək istəyirsiniz?
DirNameTooLong=Qovluğun adı və ya yolu çox uzundur.
InvalidDirName=Qovluğun adı yanlışdır.
BadDirName32=Qovluq adlarında aşağıdakı simvolların heç biri ola bilməz:%n%n%1
DirExistsTitle=Qovluq mövcuddur
DirExists=Qovluq:%n%n%1%n%nartıq mövcuddur. Yenə də həmin qovluğa quraşdırmaq istəyirsiniz?
DirDoesntExistTitle=Qovluq mövcud deyil
DirDoesntExist=Qovluq:%n%n%1%n%nmövcud deyil. Qovluğun yaradılmasını istəyirsiniz?

; *** "Select Components" wizard page
WizardSelectComponents=Komponentləri seçin
SelectComponentsDesc=Hansı komponentlər quraşdırılsın?
SelectComponentsLabel2=Quraşdırmaq istədiyiniz komponentləri seçin; quraşdırmaq istəmədiyiniz komponentlərin qarşısındakı işarəni götürün. Davam etməyə hazır olduqda Növbəti düyməsini klikləyin.
FullInstallation=Tam quraşdırma
; if possible don't translate 'Compact' as 'Minimal' (I mean 'Minimal' in your language)
CompactInstallation=Yığcam quraşdırma
CustomInstallation=Seçmə quraşdırma
NoUninstallWarningTitle=Komponentlər mövcuddur
NoUninstallWarning=Quraşdırma aşkar etdi ki, aşağıdakı komponentlər kompüterinizdə artıq quraşdırılıb:%n%n%1%n%nBu komponentlərin seçimini ləğv etmək onları silməyəcək.%n%nYenə də davam etmək istəyirsiniz?
ComponentSize1=%1 KB
ComponentSize2=%1 MB
ComponentsDiskSpaceGBLabel=Cari seçim üçün diskdə ən azı [gb] GB yer tələb olunur.
ComponentsDiskSpaceMBLabel=Cari seçim üçün diskdə ən azı [mb] MB yer tələb olunur.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Əlavə tapşırıqları seçin
SelectTasksDesc=Hansı əlavə tapşırıqlar yerinə yetirilsin?
SelectTasksLabel2=[name] quraşdırılarkən Quraşdırmanın yerinə yetirməsini istədiyiniz əlavə tapşırıqları seçin, sonra Növbəti düyməsini klikləyin.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=Başlat menyusu qovluğunu seçin
SelectStartMenuFolderDesc=Quraşdırma proqramın qısayollarını harada yerləşdirsin?
SelectStartMenuFolderLabel3=Quraşdırma proqramın qısayollarını aşağıdakı Başlat menyusu qovluğunda yaradacaq.
SelectStartMenuFolderBrowseLabel=Davam etmək üçün Növbəti düyməsini klikləyin. Başqa qovluq seçmək istəyirsinizsə, Göz at düyməsini klikləyin.
MustEnterGroupName=Qovluq adı daxil etməlisiniz.
GroupNameTooLong=Qovluğun adı və ya yolu çox uzundur.
InvalidGroupName=Qovluğun adı yanlışdır.
BadGroupName=Qovluğun adında aşağıdakı simvolların heç biri ola bilməz:%n%n%1
NoProgramGroupCheck2=Başlat menyusu qovluğu &yaratma

; *** "Ready to Install" wizard page
WizardReady=Quraşdırmağa hazırdır
ReadyLabel1=Quraşdırma [name] proqramını kompüterinizə quraşdırmağa başlamağa hazırdır.
ReadyLabel2a=Quraşdırmaya davam etmək üçün Quraşdır düyməsini, hər hansı parametrə baxmaq və ya onu dəyişmək istəyirsinizsə, Geri düyməsini klikləyin.
ReadyLabel2b=Quraşdırmaya davam etmək üçün Quraşdır düyməsini klikləyin.
ReadyMemoUserInfo=İstifadəçi məlumatı:
ReadyMemoDir=Təyinat yeri:
ReadyMemoType=Quraşdırma növü:
ReadyMemoComponents=Seçilmiş komponentlər:
ReadyMemoGroup=Başlat menyusu qovluğu:
ReadyMemoTasks=Əlavə tapşırıqlar:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel=Əlavə fayllar endirilir...
ButtonStopDownload=Endirməni &dayandır
StopDownload=Endirməni dayandırmaq istədiyinizə əminsiniz?
ErrorDownloadAborted=Endirmə dayandırıldı
ErrorDownloadFailed=Endirmə alınmadı: %1 %2
ErrorDownloadSizeFailed=Ölçünü müəyyən etmək alınmadı: %1 %2
ErrorFileHash1=Faylın heşini hesablamaq alınmadı: %1
ErrorFileHash2=Faylın heşi yanlışdır: gözlənilən %1, tapılan %2
ErrorProgress=Yanlış irəliləyiş: %1 / %2
ErrorFileSize=Faylın ölçüsü yanlışdır: gözlənilən %1, tapılan %2

; *** "Preparing to Install" wizard page
WizardPreparing=Quraşdırmaya hazırlıq
PreparingDesc=Quraşdırma [name] proqramını kompüterinizə quraşdırmağa hazırlaşır.
PreviousInstallNotCompleted=Əvvəlki proqramın quraşdırılması/silinməsi başa çatmayıb. Həmin quraşdırmanı tamamlamaq üçün kompüterinizi yenidən başlatmalısınız.%n%nKompüteri yenidən başlatdıqdan sonra [name] proqramının quraşdırılmasını tamamlamaq üçün Quraşdırmanı yenidən işə salın.
CannotContinue=Quraşdırma davam edə bilmir. Çıxmaq üçün Ləğv et düyməsini klikləyin.
ApplicationsFound=Aşağıdakı tətbiqlər Quraşdırmanın yeniləməli olduğu faylları istifadə edir. Quraşdırmaya bu tətbiqləri avtomatik bağlamağa icazə verməyiniz tövsiyə olunur.
ApplicationsFound2=Aşağıdakı tətbiqlər Quraşdırmanın yeniləməli olduğu faylları istifadə edir. Quraşdırmaya bu tətbiqləri avtomatik bağlamağa icazə verməyiniz tövsiyə olunur. Quraşdırma başa çatdıqdan sonra Quraşdırma tətbiqləri yenidən başlatmağa cəhd edəcək.
CloseApplications=Tətbiqləri &avtomatik bağla
DontCloseApplications=Tətbiqləri &bağlama
ErrorCloseApplications=Quraşdırma bütün tətbiqləri avtomatik bağlaya bilmədi. Davam etməzdən əvvəl Quraşdırmanın yeniləməli olduğu faylları istifadə edən bütün tətbiqləri bağlamağınız tövsiyə olunur.
PrepareToInstallNeedsRestart=Quraşdırma kompüterinizi yenidən başlatmalıdır. Kompüteri yenidən başlatdıqdan sonra [name] proqramının quraşdırılmasını tamamlamaq üçün Quraşdırmanı yenidən işə salın.%n%nİndi yenidən başlatmaq istəyirsiniz?

; *** "Installing" wizard page
WizardInstalling=Quraşdırılır
InstallingLabel=Quraşdırma [name] proqramını kompüterinizə quraşdırarkən gözləyin.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=[name] Quraşdırma sehrbazı başa çatır
FinishedLabelNoIcons=Quraşdırma [name] proqramını kompüterinizə quraşdırmağı başa çatdırdı.
FinishedLabel=Quraşdırma [name] proqramını kompüterinizə quraşdırmağı başa çatdırdı. Tətbiqi quraşdırılmış qısayolları seçməklə işə sala bilərsiniz.
ClickFinish=Quraşdırmadan çıxmaq üçün Bitir düyməsini klikləyin.
FinishedRestartLabel=[name] proqramının quraşdırılmasını tamamlamaq üçün Quraşdırma kompüterinizi yenidən başlatmalıdır. İndi yenidən başlatmaq istəyirsiniz?
FinishedRestartMessage=[name] proqramının quraşdırılmasını tamamlamaq üçün Quraşdırma kompüterinizi yenidən başlatmalıdır.%n%nİndi yenidən başlatmaq istəyirsiniz?
ShowReadmeCheck=Bəli, README faylına baxmaq istəyirəm
YesRadio=Bəli, kompüteri &indi yenidən başlat
NoRadio=&Xeyr, kompüteri sonra yenidən başladacağam
; used for example as 'Run MyProg.exe'
RunEntryExec=%1 proqramını işə sal
; used for example as 'View Readme.txt'
RunEntryShellExec=%1 faylına bax

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=Quraşdırmaya növbəti disk lazımdır
SelectDiskLabel2=%1 nömrəli diski daxil edin və OK düyməsini klikləyin.%n%nBu diskdəki fayllar aşağıda göstəriləndən fərqli qovluqda yerləşirsə, düzgün yolu daxil edin və ya Göz at düyməsini klikləyin.
PathLabel=&Yol:
FileNotInDir2="%1" faylı "%2" qovluğunda tapılmadı. Düzgün diski daxil edin və ya başqa qovluq seçin.
SelectDirectoryLabel=Növbəti diskin yerini göstərin.

; *** Installation phase messages
SetupAborted=Quraşdırma başa çatmadı.%n%nProblemi aradan qaldırın və Quraşdırmanı yenidən işə salın.
AbortRetryIgnoreSelectAction=Əməliyyatı seçin
AbortRetryIgnoreRetry=&Yenidən cəhd et
AbortRetryIgnoreIgnore=&Xətanı nəzərə alma və davam et
AbortRetryIgnoreCancel=Quraşdırmanı ləğv et

; *** Installation status messages
StatusClosingApplications=Tətbiqlər bağlanır...
StatusCreateDirs=Qovluqlar yaradılır...
StatusExtractFiles=Fayllar çıxarılır...
StatusCreateIcons=Qısayollar yaradılır...
StatusCreateIniEntries=INI qeydləri yaradılır...
StatusCreateRegistryEntries=Reyestr qeydləri yaradılır...
StatusRegisterFiles=Fayllar qeydiyyata alınır...
StatusSavingUninstall=Silmə məlumatı saxlanılır...
StatusRunProgram=Quraşdırma başa çatdırılır...
StatusRestartingApplications=Tətbiqlər yenidən başladılır...
StatusRollback=Dəyişikliklər geri qaytarılır...

; *** Misc. errors
ErrorInternal2=Daxili xəta: %1
ErrorFunctionFailedNoCode=%1 uğursuz oldu
ErrorFunctionFailed=%1 uğursuz oldu; kod %2
ErrorFunctionFailedWithMessage=%1 uğursuz oldu; kod %2.%n%3
ErrorExecutingProgram=Faylı icra etmək mümkün olmadı:%n%1

; *** Registry errors
ErrorRegOpenKey=Reyestr açarı açılarkən xəta baş verdi:%n%1\%2
ErrorRegCreateKey=Reyestr açarı yaradılarkən xəta baş verdi:%n%1\%2
ErrorRegWriteKey=Reyestr açarına yazılarkən xəta baş verdi:%n%1\%2

; *** INI errors
ErrorIniEntry="%1" faylında INI qeydi yaradılarkən xəta baş verdi.

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=Bu faylı &keç (tövsiyə olunmur)
FileAbortRetryIgnoreIgnoreNotRecommended=&Xətanı nəzərə alma və davam et (tövsiyə olunmur)
SourceIsCorrupted=Mənbə faylı zədələnib
SourceDoesntExist="%1" mənbə faylı mövcud deyil
ExistingFileReadOnly2=Mövcud fayl "yalnız oxumaq üçün" kimi işarələndiyindən onu əvəz etmək mümkün olmadı.
ExistingFileReadOnlyRetry="Yalnız oxumaq üçün" atributunu &sil və yenidən cəhd et
ExistingFileReadOnlyKeepExisting=&Mövcud faylı saxla
ErrorReadingExistingDest=Mövcud fayl oxunarkən xəta baş verdi:
FileExistsSelectAction=Əməliyyatı seçin
FileExists2=Fayl artıq mövcuddur.
FileExistsOverwriteExisting=Mövcud faylın üzərinə &yaz
FileExistsKeepExisting=&Mövcud faylı saxla
FileExistsOverwriteOrKeepAll=Növbəti ziddiyyətlərdə də &belə et
ExistingFileNewerSelectAction=Əməliyyatı seçin
ExistingFileNewer2=Mövcud fayl Quraşdırmanın quraşdırmağa çalışdığı fayldan daha yenidir.
ExistingFileNewerOverwriteExisting=Mövcud faylın üzərinə &yaz
ExistingFileNewerKeepExisting=&Mövcud faylı saxla (tövsiyə olunur)
ExistingFileNewerOverwriteOrKeepAll=Növbəti ziddiyyətlərdə də &belə et
ErrorChangingAttr=Mövcud faylın atributları dəyişdirilərkən xəta baş verdi:
ErrorCreatingTemp=Təyinat qovluğunda fayl yaradılarkən xəta baş verdi:
ErrorReadingSource=Mənbə faylı oxunarkən xəta baş verdi:
ErrorCopying=Fayl kopyalanarkən xəta baş verdi:
ErrorReplacingExistingFile=Mövcud fayl əvəz edilərkən xəta baş verdi:
ErrorRestartReplace=RestartReplace uğursuz oldu:
ErrorRenamingTemp=Təyinat qovluğundakı faylın adı dəyişdirilərkən xəta baş verdi:
ErrorRegisterServer=DLL/OCX qeydiyyata alına bilmədi: %1
ErrorRegSvr32Failed=RegSvr32 %1 çıxış kodu ilə uğursuz oldu
ErrorRegisterTypeLib=Tip kitabxanası qeydiyyata alına bilmədi: %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, All users)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32 bit
UninstallDisplayNameMark64Bit=64 bit
UninstallDisplayNameMarkAllUsers=Bütün istifadəçilər
UninstallDisplayNameMarkCurrentUser=Cari istifadəçi

; *** Post-installation errors
ErrorOpeningReadme=README faylı açılarkən xəta baş verdi.
ErrorRestartingComputer=Quraşdırma kompüteri yenidən başlada bilmədi. Bunu əl ilə edin.

; *** Uninstaller messages
UninstallNotFound="%1" faylı mövcud deyil. Silmək mümkün deyil.
UninstallOpenError="%1" faylını açmaq mümkün olmadı. Silmək mümkün deyil
UninstallUnsupportedVer="%1" silmə jurnalı faylı silmə proqramının bu versiyasının tanımadığı formatdadır. Silmək mümkün deyil
UninstallUnknownEntry=Silmə jurnalında naməlum qeyd (%1) aşkar edildi
ConfirmUninstall=%1 proqramını və onun bütün komponentlərini tamamilə silmək istədiyinizə əminsiniz?
UninstallOnlyOnWin64=Bu quraşdırma yalnız 64 bitlik Windows-da silinə bilər.
OnlyAdminCanUninstall=Bu quraşdırma yalnız inzibatçı hüquqlarına malik istifadəçi tərəfindən silinə bilər.
UninstallStatusLabel=%1 proqramı kompüterinizdən silinərkən gözləyin.
UninstalledAll=%1 proqramı kompüterinizdən uğurla silindi.
UninstalledMost=%1 proqramının silinməsi başa çatdı.%n%nBəzi elementləri silmək mümkün olmadı. Onları əl ilə silə bilərsiniz.
UninstalledAndNeedsRestart=%1 proqramının silinməsini tamamlamaq üçün kompüteriniz yenidən başladılmalıdır.%n%nİndi yenidən başlatmaq istəyirsiniz?
UninstallDataCorrupted="%1" faylı zədələnib. Silmək mümkün deyil

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Paylaşılan fayl silinsin?
ConfirmDeleteSharedFile2=Sistemin məlumatına görə, aşağıdakı paylaşılan fayl artıq heç bir proqram tərəfindən istifadə olunmur. Silmənin bu paylaşılan faylı silməsini istəyirsiniz?%n%nHər hansı proqram bu faylı hələ də istifadə edirsə və fayl silinərsə, həmin proqramlar düzgün işləməyə bilər. Əmin deyilsinizsə, Xeyr seçin. Faylı sisteminizdə saxlamaq heç bir zərər verməyəcək.
SharedFileNameLabel=Faylın adı:
SharedFileLocationLabel=Yeri:
WizardUninstalling=Silmə vəziyyəti
StatusUninstalling=%1 silinir...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=%1 quraşdırılır.
ShutdownBlockReasonUninstallingApp=%1 silinir.

; The custom messages below aren't used by Setup itself, but if you make
; use of them in your scripts, you'll want to translate them.

[CustomMessages]

NameAndVersion=%1, versiya %2
AdditionalIcons=Əlavə qısayollar:
CreateDesktopIcon=&Masaüstündə qısayol yarat
CreateQuickLaunchIcon=&Sürətli başlatma panelində qısayol yarat
ProgramOnTheWeb=%1 internetdə
UninstallProgram=%1 proqramını sil
LaunchProgram=%1 proqramını işə sal
AssocFileExtension=%1 proqramını %2 fayl genişlənməsi ilə ə&laqələndir
AssocingFileExtension=%1 proqramı %2 fayl genişlənməsi ilə əlaqələndirilir...
AutoStartProgramGroupDescription=Başlanğıc:
AutoStartProgram=%1 proqramını avtomatik başlat
AddonHostProgramNotFound=%1 seçdiyiniz qovluqda tapılmadı.%n%nYenə də davam etmək istəyirsiniz?
