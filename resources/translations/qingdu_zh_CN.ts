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
        <location filename="../../ui/article_view.py" line="59"/>
        <source>navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="60"/>
        <source>footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="61"/>
        <source>teaser</source>
        <translation>摘要推荐</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="62"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="63"/>
        <source>watermark</source>
        <translation>水印</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="64"/>
        <source>related list</source>
        <translation>相关列表</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="65"/>
        <source>boilerplate</source>
        <translation>样板内容</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="66"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="76"/>
        <source>(year unknown)</source>
        <translation>（年份不详）</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="135"/>
        <source>Related articles</source>
        <translation>相关文章</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="141"/>
        <source>Removed by the parser ({count})</source>
        <translation>解析时移除的内容（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="154"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="155"/>
        <source>Open original file</source>
        <translation>打开原始文件</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../ui/bookmarks_panel.py" line="82"/>
        <source>Bookmark Passage</source>
        <translation>收藏段落</translation>
    </message>
    <message>
        <location filename="../../ui/bookmarks_panel.py" line="83"/>
        <source>Note for “{quote}” (optional):</source>
        <translation>为“{quote}”添加笔记（可选）：</translation>
    </message>
    <message>
        <location filename="../../ui/bookmarks_panel.py" line="98"/>
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
    <name>ImportProblem</name>
    <message>
        <location filename="../../ui/import_panel.py" line="45"/>
        <source>file not found (moved or deleted?)</source>
        <translation>找不到文件（已移动或删除？）</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="46"/>
        <source>permission denied</source>
        <translation>没有读取权限</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="47"/>
        <source>is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="48"/>
        <source>a symbolic link that loops back on itself</source>
        <translation>符号链接指向自身，形成循环</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="49"/>
        <source>not a regular file ({kind})</source>
        <translation>不是普通文件（{kind}）</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="50"/>
        <source>could not read file: {detail}</source>
        <translation>无法读取文件：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="51"/>
        <source>file is {size:,} bytes, over the {limit:,}-byte limit</source>
        <translation>文件大小为 {size:,} 字节，超过 {limit:,} 字节的上限</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="52"/>
        <source>file is over the {limit:,}-byte limit</source>
        <translation>文件超过 {limit:,} 字节的上限</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="53"/>
        <source>file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="54"/>
        <source>not a text or web page file ({detail})</source>
        <translation>不是文本或网页文件（{detail}）</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="55"/>
        <source>nested gzip archive</source>
        <translation>嵌套的 gzip 压缩包</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="56"/>
        <source>broken gzip file: {detail}</source>
        <translation>gzip 文件已损坏：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="57"/>
        <source>decompressed size is over the {limit:,}-byte limit</source>
        <translation>解压后的大小超过 {limit:,} 字节的上限</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="60"/>
        <source>no readable text found in this {what}</source>
        <translation>在此{what}中找不到可读的文字</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="61"/>
        <source>JSON without any record that has an HTML or text field</source>
        <translation>JSON 中没有任何含 HTML 或文本字段的记录</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="64"/>
        <source>the file is nested too deeply to read</source>
        <translation>文件嵌套层级过深，无法读取</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="65"/>
        <source>ran out of memory reading this file</source>
        <translation>读取此文件时内存不足</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="66"/>
        <source>internal error: {detail}</source>
        <translation>内部错误：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="67"/>
        <source>took longer than {seconds:g} s; stopped</source>
        <translation>耗时超过 {seconds:g} 秒，已停止</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="68"/>
        <source>the reading process did not start in time</source>
        <translation>读取进程未能及时启动</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="69"/>
        <source>the reading process crashed on this file ({signal})</source>
        <translation>读取进程在此文件上崩溃（{signal}）</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="70"/>
        <source>the reading process stopped on this file (exit status {status})</source>
        <translation>读取进程在此文件上停止（退出状态 {status}）</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="73"/>
        <source>the library could not be written: {detail}</source>
        <translation>无法写入文库：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="74"/>
        <source>import stopped: {detail}</source>
        <translation>导入已停止：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="75"/>
        <source>unsupported file: {message}</source>
        <translation>不支持的文件：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="76"/>
        <source>no readable text: {message}</source>
        <translation>没有可读的文字：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="77"/>
        <source>too large: {message}</source>
        <translation>文件过大：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="78"/>
        <source>could not be opened: {message}</source>
        <translation>无法打开：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="79"/>
        <source>could not be read: {message}</source>
        <translation>无法读取：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="86"/>
        <source>a named pipe</source>
        <translation>命名管道</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="87"/>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="88"/>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="89"/>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="90"/>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="91"/>
        <source>page</source>
        <translation>网页</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="92"/>
        <source>JSON file</source>
        <translation> JSON 文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="93"/>
        <source>JSON Lines file</source>
        <translation> JSON Lines 文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="94"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../ui/import_panel.py" line="134"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="152"/>
        <source>Finding files…</source>
        <translation>正在查找文件…</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="176"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <location filename="../../ui/main_window.py" line="593"/>
        <source>Qingdu</source>
        <translation>清读</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Passage bookmark removed.</source>
        <translation>已删除段落书签。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>The library could not be opened ({reason}); this session uses a temporary one.</source>
        <translation>无法打开文库（{reason}）；本次使用临时文库。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>&amp;Open Files…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Markdown…</source>
        <translation>Markdown(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Plain &amp;Text…</source>
        <translation>纯文本(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>&amp;HTML…</source>
        <translation>HTML(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;PDF…</source>
        <translation>PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Open Original &amp;File</source>
        <translation>打开原始文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>Open Source in &amp;Browser</source>
        <translation>在浏览器中打开来源(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Remove from Library</source>
        <translation>从文库中移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>&amp;Undo Remove</source>
        <translation>撤销移除(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>&amp;Bookmark</source>
        <translation>收藏(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Bookmarked &amp;Only</source>
        <translation>仅显示收藏(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Show &amp;Removed Content</source>
        <translation>显示移除的内容(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Import Time</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Bookmark Selected &amp;Passage…</source>
        <translation>收藏所选段落(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>&amp;Bookmarks Panel</source>
        <translation>书签面板(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Export &amp;Bookmarks…</source>
        <translation>导出书签(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>&amp;Import Bookmarks…</source>
        <translation>导入书签(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>Copy as &amp;Citation</source>
        <translation>复制为引文(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>Copy &amp;Quote with Citation</source>
        <translation>复制引语及引文(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Edit &amp;Details…</source>
        <translation>编辑著录信息(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Automatic (GB/T 7714 for Chinese, APA otherwise)</source>
        <translation>自动（中文用 GB/T 7714，其他用 APA）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Import &amp;Problems</source>
        <translation>导入问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>&amp;About Qingdu</source>
        <translation>关于清读(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>&amp;Export Article As</source>
        <translation>导出文章为(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Copy Citation &amp;As</source>
        <translation>复制引文格式(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>Default Citation St&amp;yle</source>
        <translation>默认引文格式(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>&amp;Sort By</source>
        <translation>排序方式(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Search titles and text (Ctrl+F)</source>
        <translation>搜索标题和正文（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Sort the list</source>
        <translation>列表排序</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>★ Bookmarked</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Bookmark this article (Ctrl+D)</source>
        <translation>收藏这篇文章（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Removed content</source>
        <translation>移除的内容</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>Zoom: {percent}%</source>
        <translation>缩放：{percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445"/>
        <source>Open scraped files</source>
        <translation>打开抓取的文件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="452"/>
        <source>Open a folder of scraped files</source>
        <translation>打开抓取文件所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="532"/>
        <source>Import cancelled: 1 file imported before stopping.</source>
        <translation>导入已取消：停止前已导入 1 个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="534"/>
        <source>Import cancelled: {imported} files imported before stopping.</source>
        <translation>导入已取消：停止前已导入 {imported} 个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>Import finished: 1 file imported.</source>
        <translation>导入完成：已导入 1 个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>Import finished: {imported} files imported.</source>
        <translation>导入完成：已导入 {imported} 个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="541"/>
        <source>{failed} could not be read (see Import problems).</source>
        <translation>{failed} 个无法读取（见“导入问题”）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="600"/>
        <source>Drop scraped files or folders here</source>
        <translation>将抓取的文件或文件夹拖放到这里</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="601"/>
        <source>or use File ▸ Open Files… (Ctrl+O)</source>
        <translation>或使用 文件 ▸ 打开文件…（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="652"/>
        <source>{count} articles match</source>
        <translation>{count} 篇文章匹配</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="673"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="676"/>
        <source>Removed “{title}”. Ctrl+Z brings it back.</source>
        <translation>已移除“{title}”。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="695"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="696"/>
        <source>Plain text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="697"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="698"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="705"/>
        <source>Export article</source>
        <translation>导出文章</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="713"/>
        <location filename="../../ui/main_window.py" line="865"/>
        <source>Could not export: {reason}</source>
        <translation>无法导出：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="715"/>
        <location filename="../../ui/main_window.py" line="867"/>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="723"/>
        <source>The original file was moved or deleted; the article stays readable here.</source>
        <translation>原始文件已被移动或删除；文章仍可在此阅读。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="755"/>
        <source>Copied citation ({style}).</source>
        <translation>已复制引文（{style}）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="766"/>
        <source>Copied the quote with its citation.</source>
        <translation>已复制引语及其引文。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="783"/>
        <source>Details saved.</source>
        <translation>著录信息已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="815"/>
        <source>Select text in the article&apos;s body to bookmark it.</source>
        <translation>请在文章正文中选择要收藏的文字。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="823"/>
        <source>Passage bookmarked.</source>
        <translation>段落已收藏。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="850"/>
        <source>Export bookmarks</source>
        <translation>导出书签</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="852"/>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="874"/>
        <source>Import bookmarks</source>
        <translation>导入书签</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="874"/>
        <source>Bookmarks (*.md *.json)</source>
        <translation>书签 (*.md *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="881"/>
        <source>Could not import bookmarks: {reason}</source>
        <translation>无法导入书签：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="887"/>
        <source>Bookmarks imported: {articles} articles, {passages} passages; {missing} not in this library.</source>
        <translation>书签已导入：{articles} 篇文章，{passages} 个段落；{missing} 个不在本文库中。</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/import_panel.py" line="190"/>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="193"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="193"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="193"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/import_panel.py" line="201"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
</TS>
