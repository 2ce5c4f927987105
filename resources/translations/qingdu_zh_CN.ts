<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="18"/>
        <source>About Qingdu</source>
        <translation>关于清读</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="26"/>
        <source>Qingdu 清读</source>
        <translation>清读 Qingdu</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="30"/>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="36"/>
        <source>A reader for scraped web files: saved pages, text dumps, MHTML and scraper output become clean articles. Qingdu never changes your files, never runs page scripts and never goes online on its own.</source>
        <translation>抓取网页文件的阅读器：保存的网页、文本转储、MHTML 和爬虫输出都会变成干净的文章。清读从不修改您的文件，从不运行网页脚本，也从不自行联网。</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../ui/article_view.py" line="55"/>
        <source>navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="56"/>
        <source>footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="57"/>
        <source>teaser</source>
        <translation>摘要推荐</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="58"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="59"/>
        <source>watermark</source>
        <translation>水印</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="60"/>
        <source>related list</source>
        <translation>相关列表</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="61"/>
        <source>boilerplate</source>
        <translation>样板内容</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="62"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="72"/>
        <source>(year unknown)</source>
        <translation>（年份不详）</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="132"/>
        <source>Related articles</source>
        <translation>相关文章</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="138"/>
        <source>Removed by the parser ({count})</source>
        <translation>解析时移除的内容（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="151"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="152"/>
        <source>Open original file</source>
        <translation>打开原始文件</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../ui/bookmarks_panel.py" line="75"/>
        <source>Bookmark Passage</source>
        <translation>收藏段落</translation>
    </message>
    <message>
        <location filename="../../ui/bookmarks_panel.py" line="76"/>
        <source>Note for “{quote}” (optional):</source>
        <translation>为“{quote}”添加笔记（可选）：</translation>
    </message>
    <message>
        <location filename="../../ui/bookmarks_panel.py" line="91"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
</context>
<context>
    <name>CitationDetailsDialog</name>
    <message>
        <location filename="../../ui/citation_dialog.py" line="34"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/citation_dialog.py" line="35"/>
        <source>&amp;Site</source>
        <translation>网站(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/citation_dialog.py" line="35"/>
        <source>Website or publication</source>
        <translation>网站或出版物</translation>
    </message>
    <message>
        <location filename="../../ui/citation_dialog.py" line="36"/>
        <source>&amp;Authors</source>
        <translation>作者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/citation_dialog.py" line="36"/>
        <source>张三、李四  or  Doe, Jane; Smith, John</source>
        <translation>张三、李四  或  Doe, Jane; Smith, John</translation>
    </message>
    <message>
        <location filename="../../ui/citation_dialog.py" line="37"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/citation_dialog.py" line="37"/>
        <source>2023-06-26, 2023-06, 2023 or --06-26</source>
        <translation>2023-06-26、2023-06、2023 或 --06-26</translation>
    </message>
    <message>
        <location filename="../../ui/citation_dialog.py" line="38"/>
        <source>&amp;URL</source>
        <translation>网址(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/citation_dialog.py" line="39"/>
        <source>A&amp;ccessed</source>
        <translation>访问日期(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/citation_dialog.py" line="44"/>
        <source>Edit Citation Details</source>
        <translation>编辑著录信息</translation>
    </message>
    <message>
        <location filename="../../ui/citation_dialog.py" line="83"/>
        <source>Date “{date}” is not a date (use 2023-06-26, 2023-06, 2023 or --06-26).</source>
        <translation>日期“{date}”无法识别（请使用 2023-06-26、2023-06、2023 或 --06-26）。</translation>
    </message>
    <message>
        <location filename="../../ui/citation_dialog.py" line="87"/>
        <source>Accessed “{date}” is not a full date (use 2024-05-01).</source>
        <translation>访问日期“{date}”不是完整日期（请使用 2024-05-01）。</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../ui/import_panel.py" line="43"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="61"/>
        <source>Finding files…</source>
        <translation>正在查找文件…</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="85"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <location filename="../../ui/main_window.py" line="505"/>
        <source>Qingdu</source>
        <translation>清读</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Passage bookmark removed.</source>
        <translation>已删除段落书签。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>The library could not be opened ({reason}); this session uses a temporary one.</source>
        <translation>无法打开文库（{reason}）；本次使用临时文库。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Open Files…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>&amp;Markdown…</source>
        <translation>Markdown(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Plain &amp;Text…</source>
        <translation>纯文本(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;HTML…</source>
        <translation>HTML(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;PDF…</source>
        <translation>PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Open Original &amp;File</source>
        <translation>打开原始文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Open Source in &amp;Browser</source>
        <translation>在浏览器中打开来源(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Remove from Library</source>
        <translation>从文库中移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Undo Remove</source>
        <translation>撤销移除(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;Bookmark</source>
        <translation>收藏(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Bookmarked &amp;Only</source>
        <translation>仅显示收藏(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Show &amp;Removed Content</source>
        <translation>显示移除的内容(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Import Time</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Bookmark Selected &amp;Passage…</source>
        <translation>收藏所选段落(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Bookmarks Panel</source>
        <translation>书签面板(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Export &amp;Bookmarks…</source>
        <translation>导出书签(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>&amp;Import Bookmarks…</source>
        <translation>导入书签(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Copy as &amp;Citation</source>
        <translation>复制为引文(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Copy &amp;Quote with Citation</source>
        <translation>复制引语及引文(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Edit &amp;Details…</source>
        <translation>编辑著录信息(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>Automatic (GB/T 7714 for Chinese, APA otherwise)</source>
        <translation>自动（中文用 GB/T 7714，其他用 APA）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Import &amp;Problems</source>
        <translation>导入问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>&amp;About Qingdu</source>
        <translation>关于清读(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>&amp;Export Article As</source>
        <translation>导出文章为(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Copy Citation &amp;As</source>
        <translation>复制引文格式(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Default Citation St&amp;yle</source>
        <translation>默认引文格式(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>&amp;Sort By</source>
        <translation>排序方式(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Search titles and text (Ctrl+F)</source>
        <translation>搜索标题和正文（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Sort the list</source>
        <translation>列表排序</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>★ Bookmarked</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>Bookmark this article (Ctrl+D)</source>
        <translation>收藏这篇文章（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Removed content</source>
        <translation>移除的内容</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Zoom: {percent}%</source>
        <translation>缩放：{percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>Open scraped files</source>
        <translation>打开抓取的文件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Open a folder of scraped files</source>
        <translation>打开抓取文件所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>Import cancelled: {imported} files imported before stopping.</source>
        <translation>导入已取消：停止前已导入 {imported} 个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>Import finished: {imported} files imported.</source>
        <translation>导入完成：已导入 {imported} 个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>{failed} could not be read (see Import problems).</source>
        <translation>{failed} 个无法读取（见“导入问题”）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="512"/>
        <source>Drop scraped files or folders here</source>
        <translation>将抓取的文件或文件夹拖放到这里</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="513"/>
        <source>or use File ▸ Open Files… (Ctrl+O)</source>
        <translation>或使用 文件 ▸ 打开文件…（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="564"/>
        <source>{count} articles match</source>
        <translation>{count} 篇文章匹配</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="585"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="588"/>
        <source>Removed “{title}”. Ctrl+Z brings it back.</source>
        <translation>已移除“{title}”。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="607"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="608"/>
        <source>Plain text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="609"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="610"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="613"/>
        <source>Export article</source>
        <translation>导出文章</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="621"/>
        <location filename="../../ui/main_window.py" line="772"/>
        <source>Could not export: {reason}</source>
        <translation>无法导出：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="623"/>
        <location filename="../../ui/main_window.py" line="774"/>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="631"/>
        <source>The original file was moved or deleted; the article stays readable here.</source>
        <translation>原始文件已被移动或删除；文章仍可在此阅读。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="664"/>
        <source>Copied citation ({style}).</source>
        <translation>已复制引文（{style}）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="675"/>
        <source>Copied the quote with its citation.</source>
        <translation>已复制引语及其引文。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="692"/>
        <source>Details saved.</source>
        <translation>著录信息已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="724"/>
        <source>Select text in the article&apos;s body to bookmark it.</source>
        <translation>请在文章正文中选择要收藏的文字。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="732"/>
        <source>Passage bookmarked.</source>
        <translation>段落已收藏。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="757"/>
        <source>Export bookmarks</source>
        <translation>导出书签</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="759"/>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="779"/>
        <source>Import bookmarks</source>
        <translation>导入书签</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="779"/>
        <source>Bookmarks (*.md *.json)</source>
        <translation>书签 (*.md *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="786"/>
        <source>Could not import bookmarks: {reason}</source>
        <translation>无法导入书签：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="791"/>
        <source>Bookmarks imported: {articles} articles, {passages} passages; {missing} not in this library.</source>
        <translation>书签已导入：{articles} 篇文章，{passages} 个段落；{missing} 个不在本文库中。</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/import_panel.py" line="99"/>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="102"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="102"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="102"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="110"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
</TS>
