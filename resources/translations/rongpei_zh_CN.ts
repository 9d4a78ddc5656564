<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Labels</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Party affairs</source>
        <translation>党务</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>经营</translation>
    </message>
    <message>
        <source>Senior (county/division and above)</source>
        <translation>高层（县处级及以上）</translation>
    </message>
    <message>
        <source>Middle (township/section)</source>
        <translation>中层（乡科级）</translation>
    </message>
    <message>
        <source>Grassroots</source>
        <translation>基层</translation>
    </message>
    <message>
        <source>CPC member</source>
        <translation>中共党员</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>中共预备党员</translation>
    </message>
    <message>
        <source>Party activist</source>
        <translation>入党积极分子</translation>
    </message>
    <message>
        <source>Non-party</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Seconded</source>
        <translation>借调</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Party committee</source>
        <translation>党委</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
</context>
<context>
    <name>rongpei::CadreCommand</name>
    <message>
        <source>Add %1</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>rongpei::CadreDialog</name>
    <message>
        <source>Edit cadre: %1</source>
        <translation>编辑干部：%1</translation>
    </message>
    <message>
        <source>New cadre</source>
        <translation>新建干部</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>岗位(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层次(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>序列(&amp;T)：</translation>
    </message>
    <message>
        <source>Party &amp;status:</source>
        <translation>政治面貌(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Joined the Party:</source>
        <translation>入党时间(&amp;J)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Employment:</source>
        <translation>在职状态(&amp;E)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>E&amp;mployee no.:</source>
        <translation>工号(&amp;M)：</translation>
    </message>
    <message>
        <source>Party b&amp;ranch:</source>
        <translation>所在党支部(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>rongpei::CadreRepository</name>
    <message>
        <source>This cadre no longer exists; it may have been deleted.</source>
        <translation>该干部已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: other records refer to this cadre. Mark the cadre as left instead.</source>
        <translation>无法删除 %1：其他记录引用了该干部。请改为将其标记为离职。</translation>
    </message>
    <message>
        <source>%1 is already in the roster.</source>
        <translation>%1 已在干部名册中。</translation>
    </message>
    <message>
        <source>Choose an existing party branch.</source>
        <translation>请选择一个现有的党支部。</translation>
    </message>
    <message>
        <source>Choose a department of the cadre&apos;s own branch.</source>
        <translation>请选择该干部所在党支部下的部门。</translation>
    </message>
    <message>
        <source>The employee number %1 already belongs to %2.</source>
        <translation>工号 %1 已被 %2 使用。</translation>
    </message>
</context>
<context>
    <name>rongpei::CadreTableModel</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层次</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Party status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>在职状态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>rongpei::CadreValidator</name>
    <message>
        <source>Enter the cadre&apos;s name.</source>
        <translation>请输入干部姓名。</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>姓名超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the employee number.</source>
        <translation>请输入工号。</translation>
    </message>
    <message numerus="yes">
        <source>The employee number is longer than %n characters.</source>
        <translation>
            <numerusform>工号超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The employee number may contain only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>工号只能包含字母、数字、“-”和“_”。</translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation>请输入出生日期。</translation>
    </message>
    <message>
        <source>The date of birth %1 gives an age outside %2 to %3 years.</source>
        <translation>出生日期 %1 对应的年龄不在 %2 至 %3 岁之间。</translation>
    </message>
    <message>
        <source>Choose the party branch the cadre belongs to.</source>
        <translation>请选择干部所在的党支部。</translation>
    </message>
    <message numerus="yes">
        <source>The post is longer than %n characters.</source>
        <translation>
            <numerusform>岗位超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the date the cadre joined the Party.</source>
        <translation>请输入入党时间。</translation>
    </message>
    <message>
        <source>The date of joining the Party is in the future.</source>
        <translation>入党时间晚于今天。</translation>
    </message>
    <message>
        <source>The cadre would have joined the Party before turning %1.</source>
        <translation>按此日期，该干部入党时未满 %1 周岁。</translation>
    </message>
    <message>
        <source>Only Party members and probationary members have a joining date.</source>
        <translation>只有中共党员和预备党员才有入党时间。</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces, &apos;+&apos;, &apos;-&apos; and brackets (3 to 20 characters).</source>
        <translation>电话号码只能包含数字、空格、“+”、“-”和括号（3 至 20 个字符）。</translation>
    </message>
    <message numerus="yes">
        <source>The notes are longer than %n characters.</source>
        <translation>
            <numerusform>备注超过 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rongpei::CliCommands</name>
    <message>
        <source>RongPei command line.

Commands:
  check   Check that a database is a healthy RongPei file (prints &quot;ok&quot;).
  demo    Create a new database filled with a realistic demo enterprise.
  backup  Write a consistent copy of a database to a new file.</source>
        <translation>融培台账命令行工具。

命令：
  check   检查数据库是否为完好的融培台账文件（输出 &quot;ok&quot;）。
  demo    新建一个填满示例企业数据的数据库。
  backup  将数据库的一致副本写入新文件。</translation>
    </message>
    <message>
        <source>check, demo or backup</source>
        <translation>check、demo 或 backup</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>demo: number of cadres (default 300).</source>
        <translation>demo：干部人数（默认 300）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>demo: random seed (default 2026).</source>
        <translation>demo：随机种子（默认 2026）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>backup: the new file to write.</source>
        <translation>backup：要写入的新文件。</translation>
    </message>
    <message>
        <source>Name one command: check, demo or backup. See --help.</source>
        <translation>请指定一个命令：check、demo 或 backup。详见 --help。</translation>
    </message>
    <message>
        <source>backup needs --output FILE.</source>
        <translation>backup 需要 --output 文件。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are check, demo and backup.</source>
        <translation>未知命令“%1”。可用命令为 check、demo 和 backup。</translation>
    </message>
    <message>
        <source>--cadres must be a whole number from 1 to %1.</source>
        <translation>--cadres 必须是 1 至 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1.</source>
        <translation>--seed 必须是 0 至 %1 之间的整数。</translation>
    </message>
    <message>
        <source>%1 already exists. demo only creates new databases; choose another file.</source>
        <translation>%1 已存在。demo 只创建新的数据库，请另选文件。</translation>
    </message>
    <message>
        <source>Created %1: %2 party committees, %3 branches, %4 departments, %5 cadres in %6 ms.</source>
        <translation>已创建 %1：%2 个党委、%3 个党支部、%4 个部门、%5 名干部，用时 %6 毫秒。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>已将 %1 备份到 %2。</translation>
    </message>
    <message>
        <source>%1 cannot be created (%2).</source>
        <translation>无法创建 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>rongpei::Database</name>
    <message>
        <source>The database %1 cannot be read (%2).</source>
        <translation>无法读取数据库 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a RongPei database: it is not an SQLite file at all.</source>
        <translation>%1 不是融培台账数据库：它根本不是 SQLite 文件。</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite file, not a RongPei database.</source>
        <translation>%1 是一个空的 SQLite 文件，不是融培台账数据库。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a RongPei database. It was left unchanged.</source>
        <translation>%1 是其他应用程序的 SQLite 数据库，不是融培台账数据库。文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of RongPei (schema %2; this version understands up to %3). Install the newer RongPei to open it; the file was left unchanged.</source>
        <translation>%1 由更新版本的融培台账写入（结构版本 %2；本版本最高支持 %3）。请安装新版融培台账后再打开；文件未做任何改动。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was left unchanged; restore it from a backup.</source>
        <translation>数据库 %1 已损坏（%2）。文件未做任何改动，请从备份恢复。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The folder for the database %1 cannot be created.</source>
        <translation>无法创建数据库 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a RongPei database.</source>
        <translation>%1 是空文件，不是融培台账数据库。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup is never written over an existing file.</source>
        <translation>%1 已存在；备份从不覆盖已有文件。</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging (journal mode is %2).</source>
        <translation>数据库 %1 无法使用预写日志（当前日志模式为 %2）。</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>缺少数据库迁移脚本 %1。</translation>
    </message>
    <message>
        <source>An inner step of the change failed, so nothing was saved.</source>
        <translation>修改中的某一步失败，因此未保存任何内容。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be created (%2).</source>
        <translation>无法创建备份 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>rongpei::DatabaseError</name>
    <message>
        <source>The database %1 is being changed by another program. Nothing was saved; try again in a moment.</source>
        <translation>数据库 %1 正被其他程序修改。未保存任何内容，请稍后再试。</translation>
    </message>
    <message>
        <source>The database %1 can only be read, not written. Nothing was saved; check the file&apos;s permissions or copy it to a writable folder.</source>
        <translation>数据库 %1 只能读取、不能写入。未保存任何内容；请检查文件权限，或将其复制到可写的文件夹。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was saved; free some space and try again.</source>
        <translation>%1 所在的磁盘已满。未保存任何内容；请清理空间后重试。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup.</source>
        <translation>数据库 %1 已损坏（%2）。请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 is not a RongPei database.</source>
        <translation>%1 不是融培台账数据库。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2).</source>
        <translation>无法打开数据库 %1（%2）。</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2). Nothing was saved.</source>
        <translation>读写 %1 失败（%2）。未保存任何内容。</translation>
    </message>
    <message>
        <source>The change conflicts with existing records (%1). Nothing was saved.</source>
        <translation>修改与现有记录冲突（%1）。未保存任何内容。</translation>
    </message>
    <message>
        <source>A database operation on %1 failed (%2). Nothing was saved.</source>
        <translation>数据库 %1 操作失败（%2）。未保存任何内容。</translation>
    </message>
    <message>
        <source>The database %1 was left half-written when a program stopped, and must be recovered before it can be read. RongPei recovers its own databases when it opens them; this file was left unchanged.</source>
        <translation>数据库 %1 在某个程序中途停止时只写入了一半，需先恢复才能读取。融培台账在打开自己的数据库时会自动恢复；此文件未做任何改动。</translation>
    </message>
</context>
<context>
    <name>rongpei::DemoGenerator</name>
    <message>
        <source>The number of demo cadres must be between 1 and %1.</source>
        <translation>示例干部人数必须在 1 至 %1 之间。</translation>
    </message>
    <message>
        <source>Demo data can only be loaded into an empty database.</source>
        <translation>示例数据只能载入空数据库。</translation>
    </message>
    <message>
        <source>Loading the demo data was cancelled; nothing was kept.</source>
        <translation>已取消载入示例数据，未保留任何内容。</translation>
    </message>
</context>
<context>
    <name>rongpei::FirstRunDialog</name>
    <message>
        <source>&amp;Create my organisation, starting with the enterprise named:</source>
        <translation>创建本单位组织机构(&amp;C)，企业名称为：</translation>
    </message>
    <message>
        <source>Load &amp;demo data: a sample enterprise with 300 cadres, to try RongPei out</source>
        <translation>载入示例数据(&amp;D)：一家有 300 名干部的示例企业，用于试用融培台账</translation>
    </message>
    <message>
        <source>Welcome to RongPei</source>
        <translation>欢迎使用融培台账</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to RongPei&lt;/h3&gt;&lt;p&gt;There is no database yet at&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;欢迎使用融培台账&lt;/h3&gt;&lt;p&gt;以下位置还没有数据库：&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;请选择开始方式：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. 华远能源集团有限公司</source>
        <translation>例如：华远能源集团有限公司</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Enter the enterprise&apos;s name.</source>
        <translation>请输入企业名称。</translation>
    </message>
</context>
<context>
    <name>rongpei::GuardedApplication</name>
    <message>
        <source>RongPei</source>
        <translation>融培台账</translation>
    </message>
    <message>
        <source>The last action could not be completed.

%1</source>
        <translation>刚才的操作未能完成。

%1</translation>
    </message>
</context>
<context>
    <name>rongpei::GuiStartup</name>
    <message>
        <source>Creating demo data…</source>
        <translation>正在生成示例数据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>RongPei desktop application.</source>
        <translation>融培台账桌面应用程序。</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>打开此数据库文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>RongPei</source>
        <translation>融培台账</translation>
    </message>
    <message>
        <source>RongPei cannot open the database.

%1</source>
        <translation>融培台账无法打开数据库。

%1</translation>
    </message>
</context>
<context>
    <name>rongpei::MainWindow</name>
    <message>
        <source>RongPei</source>
        <translation>融培台账</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About RongPei</source>
        <translation>关于融培台账(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>Database: %1 · %n cadre(s)</source>
        <translation>
            <numerusform>数据库：%1 · 干部 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation>所有修改已于 %1 保存</translation>
    </message>
    <message>
        <source>About RongPei</source>
        <translation>关于融培台账</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RongPei %1&lt;/h3&gt;&lt;p&gt;Records of the integrated training of grassroots party-affairs cadres and production and operations cadres.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Third-party software&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — LGPL-3.0 / GPL-3.0 (Qt Charts: GPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite — public domain&lt;/li&gt;&lt;li&gt;Noto Sans CJK fonts — SIL Open Font License 1.1&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;融培台账 %1&lt;/h3&gt;&lt;p&gt;基层党务干部与生产经营干部融合培养台账。&lt;/p&gt;&lt;p&gt;许可证：GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;第三方软件&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — LGPL-3.0 / GPL-3.0（Qt Charts：GPL-3.0）&lt;/li&gt;&lt;li&gt;SQLite — 公有领域&lt;/li&gt;&lt;li&gt;思源黑体 / Noto Sans CJK 字体 — SIL 开放字体许可证 1.1&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>rongpei::OrganizationDialog</name>
    <message>
        <source>Belongs to:</source>
        <translation>上级单位：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Unit &amp;name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>rongpei::OrganizationPage</name>
    <message>
        <source>Add unit</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>Add a unit under the selected one (Ctrl+N)</source>
        <translation>在所选单位下新增单位（Ctrl+N）</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename the selected unit (Enter)</source>
        <translation>重命名所选单位（Enter）</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>移动…</translation>
    </message>
    <message>
        <source>Move the selected unit under another one</source>
        <translation>将所选单位移到其他上级单位下</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected unit (Delete)</source>
        <translation>删除所选单位（Delete）</translation>
    </message>
    <message>
        <source>Find a unit (Ctrl+F)</source>
        <translation>查找单位（Ctrl+F）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Nothing can be added under a %1.</source>
        <translation>%1下不能再设下级单位。</translation>
    </message>
    <message>
        <source>Select the unit the new one belongs to.</source>
        <translation>请先选择新单位的上级单位。</translation>
    </message>
    <message>
        <source>Unit added and saved.</source>
        <translation>单位已新增并保存。</translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation>重命名单位</translation>
    </message>
    <message>
        <source>Unit renamed and saved.</source>
        <translation>单位已重命名并保存。</translation>
    </message>
    <message>
        <source>Move unit</source>
        <translation>移动单位</translation>
    </message>
    <message>
        <source>There is no other place &quot;%1&quot; can be moved to.</source>
        <translation>“%1”没有其他可移动到的位置。</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; under:</source>
        <translation>将“%1”移到：</translation>
    </message>
    <message>
        <source>Unit moved and saved.</source>
        <translation>单位已移动并保存。</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <source>Unit deleted.</source>
        <translation>单位已删除。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The organisation is empty. Press &lt;b&gt;Add unit&lt;/b&gt; (Ctrl+N) to create the enterprise, then its party committees, branches and departments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;组织机构为空。请点击&lt;b&gt;新增单位&lt;/b&gt;（Ctrl+N）创建企业，再依次添加党委、党支部和部门。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a unit to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个单位以查看详情。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;Place:&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Units directly below:&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cadres, including units below:&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;所在位置：&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;直属下级单位：&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;干部数（含下级单位）：&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>rongpei::OrganizationRepository</name>
    <message>
        <source>The enterprise is the root and cannot be moved.</source>
        <translation>企业是组织机构的根，不能移动。</translation>
    </message>
    <message>
        <source>A unit cannot be moved into itself or below itself.</source>
        <translation>单位不能移到其自身或其下级单位之下。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be deleted: %n unit(s) still belong to it.</source>
        <translation>
            <numerusform>无法删除“%1”：仍有 %n 个下级单位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be deleted: %n cadre(s) still belong to it. Move them to another unit first.</source>
        <translation>
            <numerusform>无法删除“%1”：仍有 %n 名干部隶属于该单位。请先将他们调到其他单位。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted: records still refer to it.</source>
        <translation>无法删除“%1”：仍有记录引用该单位。</translation>
    </message>
    <message>
        <source>The unit no longer exists; refresh the view.</source>
        <translation>该单位已不存在，请刷新。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The name is longer than 60 characters.</source>
        <translation>名称超过 60 个字符。</translation>
    </message>
    <message>
        <source>Another unit at the same place is already called &quot;%1&quot;.</source>
        <translation>同一上级下已有名为“%1”的单位。</translation>
    </message>
    <message>
        <source>Choose the unit this one belongs to.</source>
        <translation>请选择该单位的上级单位。</translation>
    </message>
    <message>
        <source>The database already has an enterprise.</source>
        <translation>数据库中已有企业。</translation>
    </message>
    <message>
        <source>A %1 cannot be placed under a %2.</source>
        <translation>%2下不能设立%1。</translation>
    </message>
</context>
<context>
    <name>rongpei::OrganizationTreeModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>干部数</translation>
    </message>
</context>
<context>
    <name>rongpei::RosterPage</name>
    <message>
        <source>New cadre</source>
        <translation>新建干部</translation>
    </message>
    <message>
        <source>Add a cadre (Ctrl+N)</source>
        <translation>新增干部（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected cadre (Enter)</source>
        <translation>编辑所选干部（Enter）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected cadre (Delete)</source>
        <translation>删除所选干部（Delete）</translation>
    </message>
    <message>
        <source>Search name, employee no. or post (Ctrl+F)</source>
        <translation>搜索姓名、工号或岗位（Ctrl+F）</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>全部序列</translation>
    </message>
    <message>
        <source>All employment states</source>
        <translation>全部在职状态</translation>
    </message>
    <message>
        <source>Cadre roster</source>
        <translation>干部名册</translation>
    </message>
    <message>
        <source>Cadre added and saved.</source>
        <translation>干部已新增并保存。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>修改已保存。</translation>
    </message>
    <message>
        <source>Delete cadre</source>
        <translation>删除干部</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the roster?

You can undo this with Ctrl+Z.</source>
        <translation>从干部名册中删除 %1（%2）？

可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Cadre deleted. Ctrl+Z brings it back.</source>
        <translation>干部已删除。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>%1 of %2 cadres</source>
        <translation>显示 %1 / 共 %2 名干部</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>rongpei::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language is used from the next start of RongPei.</source>
        <translation>新的界面语言将在下次启动融培台账时生效。</translation>
    </message>
</context>
</TS>
