<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppLinks</name>
    <message numerus="yes">
        <source>The link is %Ln character(s) long; a 44 Days link is a short address such as {example}.</source>
        <extracomment>{example} is a link, &quot;fortyfourdays://entry/shusha&quot; (not translated)</extracomment>
        <translation>
            <numerusform>The link is %Ln character long; a 44 Days link is a short address such as {example}.</numerusform>
            <numerusform>The link is %Ln characters long; a 44 Days link is a short address such as {example}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartDated</name>
    <message numerus="yes">
        <source>{period} · {shown} of %Ln figure(s): each claimant&apos;s latest by this date, as stated</source>
        <extracomment>the casualty chart&apos;s header while it follows the date: {period} is the period chosen (&quot;During the war&quot;), {shown} how many figures are shown, of how many in all: &quot;During the war · 4 of 31 figures: ...&quot;</extracomment>
        <translation>
            <numerusform>{period} · {shown} of %Ln figure: each claimant&apos;s latest by this date, as stated</numerusform>
            <numerusform>{period} · {shown} of %Ln figures: each claimant&apos;s latest by this date, as stated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no as-of date</source>
        <extracomment>figures not shown while the chart follows the date, listed after &quot;Not shown:&quot;: those with no date</extracomment>
        <translation>
            <numerusform>%Ln with no as-of date</numerusform>
            <numerusform>%Ln with no as-of date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln announced later</source>
        <extracomment>figures not shown while the chart follows the date, listed after &quot;Not shown:&quot;: those announced after the date followed</extracomment>
        <translation>
            <numerusform>%Ln announced later</numerusform>
            <numerusform>%Ln announced later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replaced by a later figure of the same claimant</source>
        <extracomment>figures not shown while the chart follows the date, listed after &quot;Not shown:&quot;: those the same claimant gave again later (by the date followed)</extracomment>
        <translation>
            <numerusform>%Ln replaced by a later figure of the same claimant</numerusform>
            <numerusform>%Ln replaced by a later figure of the same claimant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No series for {toll}: the content has fewer than %Ln dated figure(s) for this toll.</source>
        <extracomment>under the casualty chart, in place of a toll&apos;s figures over time: {toll} is the toll chosen (&quot;Killed · Azerbaijan&quot;), then the least number of dated figures a toll needs to be drawn (2)</extracomment>
        <translation>
            <numerusform>No series for {toll}: the content has fewer than %Ln dated figure for this toll.</numerusform>
            <numerusform>No series for {toll}: the content has fewer than %Ln dated figures for this toll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartSections</name>
    <message numerus="yes">
        <source>{period} · %Ln figure(s), each as stated by its claimant</source>
        <extracomment>the casualty chart&apos;s header: {period} is the period chosen (&quot;During the war&quot;), then how many figures</extracomment>
        <translation>
            <numerusform>{period} · %Ln figure, each as stated by its claimant</numerusform>
            <numerusform>{period} · %Ln figures, each as stated by its claimant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more from other periods: choose “{all_periods}” to see them</source>
        <extracomment>the casualty chart&apos;s header: how many figures of other periods the period chosen leaves out; {all_periods} is the name of the choice that shows every period (&quot;All periods&quot;)</extracomment>
        <translation>
            <numerusform>%Ln more from other periods: choose “{all_periods}” to see them</numerusform>
            <numerusform>%Ln more from other periods: choose “{all_periods}” to see them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln smaller figures are not drawn (at most {limit} bars per side in a chart): Export data as CSV lists every one</source>
        <extracomment>the casualty chart&apos;s header: how many figures are not drawn; {limit} is how many bars a side gets at most; &quot;Export data as CSV&quot; is the name of the command in the pane and the File menu</extracomment>
        <translation>
            <numerusform>%Ln smaller figure is not drawn (at most {limit} bars per side in a chart): Export data as CSV lists every one</numerusform>
            <numerusform>%Ln smaller figures are not drawn (at most {limit} bars per side in a chart): Export data as CSV lists every one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <extracomment>after a list of a claimant&apos;s other figures (separated by semicolons): how many more it gives</extracomment>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentRender</name>
    <message numerus="yes">
        <source>{entries} and %n more</source>
        <extracomment>{entries} is a list of links to entries; %n is how many more entries mention this one</extracomment>
        <translation>
            <numerusform>{entries} and %n more</numerusform>
            <numerusform>{entries} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>Checking {file}: {done} of %Ln notes…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name, {done} how many of its notes are checked so far</extracomment>
        <translation>
            <numerusform>Checking {file}: {done} of %Ln note…</numerusform>
            <numerusform>Checking {file}: {done} of %Ln notes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {file}: {done} of %Ln notes…</source>
        <extracomment>an import&apos;s progress; {file} is the file&apos;s name, {done} how many of its notes are imported so far</extracomment>
        <translation>
            <numerusform>Importing {file}: {done} of %Ln note…</numerusform>
            <numerusform>Importing {file}: {done} of %Ln notes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <extracomment>after a list of the first 20 problems of a notes file</extracomment>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln of these notes are in the trash. Export them too? (Notes from the trash are marked as such.)</source>
        <extracomment>%Ln is how many of the notes to export are in the trash (deleted, not yet gone for good)</extracomment>
        <translation>
            <numerusform>%Ln of these notes is in the trash. Export it too? (Notes from the trash are marked as such.)</numerusform>
            <numerusform>%Ln of these notes are in the trash. Export them too? (Notes from the trash are marked as such.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln notes (with the trash) to {path}</source>
        <extracomment>in the status bar; %Ln is how many notes were exported, {path} the file written</extracomment>
        <translation>
            <numerusform>Exported %Ln note (with the trash) to {path}</numerusform>
            <numerusform>Exported %Ln notes (with the trash) to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln notes (the {trash} in the trash left out) to {path}</source>
        <extracomment>in the status bar; %Ln is how many notes were exported, {trash} how many in the trash were not, {path} the file written</extracomment>
        <translation>
            <numerusform>Exported %Ln note (the {trash} in the trash left out) to {path}</numerusform>
            <numerusform>Exported %Ln notes (the {trash} in the trash left out) to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln notes to {path}</source>
        <extracomment>in the status bar; %Ln is how many notes were exported, {path} the file written</extracomment>
        <translation>
            <numerusform>Exported %Ln note to {path}</numerusform>
            <numerusform>Exported %Ln notes to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesExchange</name>
    <message numerus="yes">
        <source>Nothing was imported; the file has %Ln problem(s):</source>
        <extracomment>followed by the list of the problems, one a line</extracomment>
        <translation>
            <numerusform>Nothing was imported; the file has %Ln problem:</numerusform>
            <numerusform>Nothing was imported; the file has %Ln problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported from 44 Days on {date}: %n note(s).</source>
        <extracomment>under the heading of an exported study sheet; {date} is the day, as 2026-11-25</extracomment>
        <translation>
            <numerusform>Exported from 44 Days on {date}: %n note.</numerusform>
            <numerusform>Exported from 44 Days on {date}: %n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>is %Ln character(s) long; at most {limit} are allowed</source>
        <extracomment>a problem with a field of a notes file, after its name (&quot;notes[3].body: is 2,000,000 characters long...&quot;); {limit} is the most characters allowed</extracomment>
        <translation>
            <numerusform>is %Ln character long; at most {limit} are allowed</numerusform>
            <numerusform>is %Ln characters long; at most {limit} are allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holds %Ln note(s); a file can bring at most {limit} at a time</source>
        <extracomment>a problem with the field &quot;notes&quot; of a notes file, after its name; {limit} is a number, &quot;1,000,000&quot;</extracomment>
        <translation>
            <numerusform>holds %Ln note; a file can bring at most {limit} at a time</numerusform>
            <numerusform>holds %Ln notes; a file can bring at most {limit} at a time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has %Ln tag(s); a note can have at most {limit}</source>
        <extracomment>a problem with the field &quot;tags&quot; of a note, after its name; {limit} is a number</extracomment>
        <translation>
            <numerusform>has %Ln tag; a note can have at most {limit}</numerusform>
            <numerusform>has %Ln tags; a note can have at most {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>is a number of %n digit(s); a reading-list position lies between {lowest} and {highest}</source>
        <extracomment>a problem with the field &quot;position&quot; of a note (its place on the reading list), after its name; {lowest} and {highest} are the numbers allowed at most</extracomment>
        <translation>
            <numerusform>is a number of %n digit; a reading-list position lies between {lowest} and {highest}</numerusform>
            <numerusform>is a number of %n digits; a reading-list position lies between {lowest} and {highest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <extracomment>what a notes file brings, listed in &quot;It holds {held}, on {entries}.&quot; (a highlight is a passage of an entry marked in colour)</extracomment>
        <translation>
            <numerusform>%Ln highlight</numerusform>
            <numerusform>%Ln highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reading-list item(s)</source>
        <extracomment>what a notes file brings, listed in &quot;It holds {held}, on {entries}.&quot; (an entry, event, place or figure put on the reading list)</extracomment>
        <translation>
            <numerusform>%Ln reading-list item</numerusform>
            <numerusform>%Ln reading-list items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <extracomment>what a notes file brings, listed in &quot;It holds {held}, on {entries}.&quot;</extracomment>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <extracomment>how many entries the notes of a notes file are on, in &quot;It holds {held}, on {entries}.&quot;</extracomment>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events, places or figures</source>
        <extracomment>how many events, places and figures the notes of a notes file are on, in &quot;It holds {held}, on {entries} and {others}.&quot; (a figure is a number of the casualty chart)</extracomment>
        <translation>
            <numerusform>%Ln event, place or figure</numerusform>
            <numerusform>%Ln events, places or figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them you have already: they are updated, not doubled.</source>
        <extracomment>of the notes a notes file brings, how many the user has already</extracomment>
        <translation>
            <numerusform>%Ln of them you have already: it is updated, not doubled.</numerusform>
            <numerusform>%Ln of them you have already: they are updated, not doubled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message numerus="yes">
        <source>This note is %Ln character(s) long; a note can hold at most {limit}. It was not saved: shorten it, or split it into several notes.</source>
        <extracomment>{limit} is the most characters a note can hold, &quot;1,000,000&quot;</extracomment>
        <translation>
            <numerusform>This note is %Ln character long; a note can hold at most {limit}. It was not saved: shorten it, or split it into several notes.</numerusform>
            <numerusform>This note is %Ln characters long; a note can hold at most {limit}. It was not saved: shorten it, or split it into several notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your notes file {path} is busy: another copy of 44 Days kept it locked for more than %n second(s). Nothing was changed; try again.</source>
        <extracomment>{path} is the notes file</extracomment>
        <translation>
            <numerusform>Your notes file {path} is busy: another copy of 44 Days kept it locked for more than %n second. Nothing was changed; try again.</numerusform>
            <numerusform>Your notes file {path} is busy: another copy of 44 Days kept it locked for more than %n seconds. Nothing was changed; try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>emptying of the trash (%n notes)</source>
        <extracomment>what an undo message calls emptying the trash</extracomment>
        <translation>
            <numerusform>emptying of the trash (%n note)</numerusform>
            <numerusform>emptying of the trash (%n notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>teacher pack import of %n notes</source>
        <extracomment>what an undo message calls importing a teacher pack (a reading list with notes, from a teacher)</extracomment>
        <translation>
            <numerusform>teacher pack import of %n note</numerusform>
            <numerusform>teacher pack import of %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import of %n notes</source>
        <extracomment>what an undo message calls importing a notes file</extracomment>
        <translation>
            <numerusform>import of %n note</numerusform>
            <numerusform>import of %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>Saved %Ln page(s) to {path}</source>
        <extracomment>{path} is the PDF file written</extracomment>
        <translation>
            <numerusform>Saved %Ln page to {path}</numerusform>
            <numerusform>Saved %Ln pages to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln page(s) to the printer</source>
        <translation>
            <numerusform>Sent %Ln page to the printer</numerusform>
            <numerusform>Sent %Ln pages to the printer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message numerus="yes">
        <source>%Ln of {total}</source>
        <extracomment>beside a table&apos;s filter field: %Ln is how many rows the filter leaves, {total} how many rows there are</extracomment>
        <translation>
            <numerusform>%Ln of {total}</numerusform>
            <numerusform>%Ln of {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message numerus="yes">
        <source>and %Ln more here: zoom in to tell them apart</source>
        <extracomment>in an event&apos;s tooltip, when other events lie under the pointer too: %Ln is how many besides this one</extracomment>
        <translation>
            <numerusform>and %Ln more here: zoom in to tell them apart</numerusform>
            <numerusform>and %Ln more here: zoom in to tell them apart</numerusform>
        </translation>
    </message>
</context>
</TS>
