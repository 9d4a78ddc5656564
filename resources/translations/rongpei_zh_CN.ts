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
        <translation>生产经营</translation>
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
    <message>
        <source>On track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>进度滞后</translation>
    </message>
    <message>
        <source>Far behind</source>
        <translation>严重滞后</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已开展</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>逾期未开</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待召开</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Clock hours</source>
        <translation>按实际时长</translation>
    </message>
    <message>
        <source>Fixed hours</source>
        <translation>固定学时</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Branch secretaries and committee members</source>
        <translation>基层党组织书记和班子成员</translation>
    </message>
    <message>
        <source>Township/section level and below</source>
        <translation>乡科级及以下干部</translation>
    </message>
    <message>
        <source>County/division level and above</source>
        <translation>县处级及以上干部</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>不作要求</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Convened</source>
        <translation>已召开</translation>
    </message>
    <message>
        <source>Before the records start</source>
        <translation>启用前</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>未点名</translation>
    </message>
    <message>
        <source>Communist Youth League member</source>
        <translation>共青团员</translation>
    </message>
    <message>
        <source>Member of the RCCK</source>
        <translation>民革党员</translation>
    </message>
    <message>
        <source>Member of the China Democratic League</source>
        <translation>民盟盟员</translation>
    </message>
    <message>
        <source>Member of the China National Democratic Construction Association</source>
        <translation>民建会员</translation>
    </message>
    <message>
        <source>Member of the China Association for Promoting Democracy</source>
        <translation>民进会员</translation>
    </message>
    <message>
        <source>Member of the Chinese Peasants&apos; and Workers&apos; Democratic Party</source>
        <translation>农工党党员</translation>
    </message>
    <message>
        <source>Member of the China Zhi Gong Party</source>
        <translation>致公党党员</translation>
    </message>
    <message>
        <source>Member of the Jiusan Society</source>
        <translation>九三学社社员</translation>
    </message>
    <message>
        <source>Member of the Taiwan Democratic Self-Government League</source>
        <translation>台盟盟员</translation>
    </message>
    <message>
        <source>Independent without party</source>
        <translation>无党派人士</translation>
    </message>
    <message>
        <source>Masses (no party)</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Applicant for membership</source>
        <translation>入党申请人</translation>
    </message>
    <message>
        <source>Candidate for membership</source>
        <translation>发展对象</translation>
    </message>
    <message>
        <source>Head of the study group</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>副组长</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>No party role</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Branch secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Deputy branch secretary</source>
        <translation>副书记</translation>
    </message>
    <message>
        <source>Organisation member</source>
        <translation>组织委员</translation>
    </message>
    <message>
        <source>Publicity member</source>
        <translation>宣传委员</translation>
    </message>
    <message>
        <source>Discipline inspection member</source>
        <translation>纪检委员</translation>
    </message>
    <message>
        <source>Youth member</source>
        <translation>青年委员</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>An administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Signed sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>政治理论</translation>
    </message>
    <message>
        <source>Management skill</source>
        <translation>经营管理</translation>
    </message>
    <message>
        <source>Classroom lecture</source>
        <translation>课堂讲授</translation>
    </message>
    <message>
        <source>Case teaching</source>
        <translation>案例教学</translation>
    </message>
    <message>
        <source>Simulation exercise</source>
        <translation>模拟演练</translation>
    </message>
    <message>
        <source>Cross-department practice</source>
        <translation>跨部门实践</translation>
    </message>
    <message>
        <source>Online course</source>
        <translation>网络课程</translation>
    </message>
    <message>
        <source>On-site teaching</source>
        <translation>现场教学</translation>
    </message>
    <message>
        <source>In-house</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>Party school</source>
        <translation>党校</translation>
    </message>
    <message>
        <source>External provider</source>
        <translation>外部机构</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>培训中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>结业</translation>
    </message>
    <message>
        <source>Not completed: too much leave and absence</source>
        <translation>未结业：请假缺勤超限</translation>
    </message>
    <message>
        <source>Not completed: failed the assessment</source>
        <translation>未结业：考核不合格</translation>
    </message>
    <message>
        <source>Roll call incomplete</source>
        <translation>考勤未录完</translation>
    </message>
    <message>
        <source>Awaiting score</source>
        <translation>待录成绩</translation>
    </message>
    <message>
        <source>Training class</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Job rotation</source>
        <translation>挂职轮岗</translation>
    </message>
    <message>
        <source>Joint project</source>
        <translation>联合项目</translation>
    </message>
    <message>
        <source>Roster edit</source>
        <translation>名册修改</translation>
    </message>
    <message>
        <source>End of a rotation</source>
        <translation>轮岗结束</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手工补录</translation>
    </message>
    <message>
        <source>Temporary posting</source>
        <translation>挂职</translation>
    </message>
    <message>
        <source>Cross appointment</source>
        <translation>交叉任职</translation>
    </message>
    <message>
        <source>Shadowing</source>
        <translation>跟班学习</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>提前结束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Party affairs → operations</source>
        <translation>党务→生产经营</translation>
    </message>
    <message>
        <source>Operations → party affairs</source>
        <translation>生产经营→党务</translation>
    </message>
    <message>
        <source>Within the track</source>
        <translation>同类别</translation>
    </message>
    <message>
        <source>Mid-term evaluation</source>
        <translation>中期考核</translation>
    </message>
    <message>
        <source>Final evaluation</source>
        <translation>期满考核</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Competent</source>
        <translation>称职</translation>
    </message>
    <message>
        <source>Basically competent</source>
        <translation>基本称职</translation>
    </message>
    <message>
        <source>Incompetent</source>
        <translation>不称职</translation>
    </message>
    <message>
        <source>Rotation between posts</source>
        <translation>轮岗</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>rongpei::AccessPolicy</name>
    <message>
        <source>%1, signed in as %2,</source>
        <translation>%1（以%2身份登录）</translation>
    </message>
    <message>
        <source>Nobody is signed in, so nothing may be read or changed: sign in first.</source>
        <translation>尚无人登录，不能查看或修改任何记录：请先登录。</translation>
    </message>
    <message>
        <source>%1 may not %2. Nothing was changed; ask an administrator if this is part of your work.</source>
        <translation>%1无权%2。未作任何更改；如这属于您的工作，请联系系统管理员。</translation>
    </message>
    <message>
        <source>manage the users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>empty the recycle bin</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>make or restore backups</source>
        <translation>备份或恢复数据</translation>
    </message>
    <message>
        <source>do this</source>
        <translation>执行此操作</translation>
    </message>
    <message>
        <source>see the records of a unit they do not work for</source>
        <translation>查看非本人负责单位的记录</translation>
    </message>
    <message>
        <source>change records</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>change this part of the set-up</source>
        <translation>修改这部分系统设置</translation>
    </message>
    <message>
        <source>change the records of %1, a unit they do not work for</source>
        <translation>修改%1的记录（非本人负责的单位）</translation>
    </message>
    <message>
        <source>purge personal data</source>
        <translation>清除个人信息</translation>
    </message>
</context>
<context>
    <name>rongpei::AccountDialog</name>
    <message>
        <source>May sign in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Works for:</source>
        <translation>负责单位(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>rongpei::AccountRecordKind</name>
    <message>
        <source>Works for</source>
        <translation>负责单位</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>Password set by</source>
        <translation>密码设置人</translation>
    </message>
    <message>
        <source>Password set on</source>
        <translation>密码设置时间</translation>
    </message>
</context>
<context>
    <name>rongpei::AccountRepository</name>
    <message>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message numerus="yes">
        <source>A user name has at most %n characters.</source>
        <translation>
            <numerusform>用户名最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>用户名不能包含空格。</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>用户名 %1 已被使用。</translation>
    </message>
    <message>
        <source>A clerk needs at least one branch to work for.</source>
        <translation>经办人至少要负责一个党支部。</translation>
    </message>
    <message>
        <source>A clerk works for branches or committees only.</source>
        <translation>经办人只能负责党支部或党委。</translation>
    </message>
    <message>
        <source>This is the last administrator: make another user an administrator first, or nobody could manage the users.</source>
        <translation>这是最后一位系统管理员：请先把另一位用户设为系统管理员，否则将无人能管理用户。</translation>
    </message>
    <message>
        <source>This file already has users: sign in as its administrator.</source>
        <translation>此数据库已有用户：请以其系统管理员身份登录。</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
</context>
<context>
    <name>rongpei::AccountTableModel</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1，由%2设置</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Works for</source>
        <translation>负责单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>密码设置</translation>
    </message>
</context>
<context>
    <name>rongpei::AccountsPage</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Add a user (Ctrl+N)</source>
        <translation>新增用户（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s role, branches or status (Enter)</source>
        <translation>修改所选用户的角色、负责单位或状态（Enter）</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <source>Give the selected user a new password, for one they forgot</source>
        <translation>为忘记密码的所选用户设置新密码</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected user; what they did stays in the audit (Delete)</source>
        <translation>删除所选用户；其操作记录保留在审计中（Delete）</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>新恢复密钥…</translation>
    </message>
    <message>
        <source>Replace the recovery key, for one that was lost or seen by others</source>
        <translation>更换恢复密钥（原密钥遗失或被他人看到时）</translation>
    </message>
    <message>
        <source>Search name, role or branch (Ctrl+F)</source>
        <translation>搜索用户名、角色或单位（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 位用户</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>已新增用户</translation>
    </message>
    <message>
        <source>User saved</source>
        <translation>已保存用户</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>已设置密码</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>Delete the user %1? They can no longer sign in; what they did stays in the audit trail.</source>
        <translation>删除用户 %1？删除后不能再登录；其操作记录保留在审计中。</translation>
    </message>
    <message>
        <source>User %1 deleted</source>
        <translation>已删除用户 %1</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>新恢复密钥</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one stops working; print or write down the new one.</source>
        <translation>生成新的恢复密钥？原密钥将失效；请打印或抄下新密钥。</translation>
    </message>
</context>
<context>
    <name>rongpei::AdministratorSetupDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>创建系统管理员</translation>
    </message>
    <message>
        <source>The records are personal data. Create the account of the administrator, who manages the users, the rules and the backups; from now on RongPei asks who is working.</source>
        <translation>台账中是个人信息。请创建系统管理员账号，由其管理用户、规则和备份；此后融培台账每次启动都会询问是谁在使用。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>rongpei::AttachmentFile</name>
    <message>
        <source>&quot;%1&quot; is %2; a file of at most %3 can be attached. Reduce it (scan at a lower resolution, compress the PDF) or ask the administrator to raise the limit in the settings.</source>
        <translation>“%1”大小为 %2，附件不能超过 %3。请缩小文件（降低扫描分辨率、压缩 PDF），或请管理员在“设置”中调高上限。</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>The file has no name; give it one and attach it again.</source>
        <translation>文件没有名称，请为其命名后重新添加。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer there: it was moved or deleted. Nothing was attached.</source>
        <translation>“%1”已不存在：可能已被移动或删除。未添加任何附件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file (a folder or a device); only files can be attached.</source>
        <translation>“%1”不是文件（是文件夹或设备），只能添加文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2. Check that it is not open in another program and that you may read it.</source>
        <translation>无法读取“%1”：%2。请确认该文件未被其他程序占用，且您有权读取。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed or could not be read to its end; nothing was attached. Try again once it is complete.</source>
        <translation>“%1”在读取时发生变化或未能读完，未添加任何附件。请在文件完整后重试。</translation>
    </message>
</context>
<context>
    <name>rongpei::AttachmentFileType</name>
    <message>
        <source>a Windows program</source>
        <translation>Windows 程序</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>可执行程序</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>a HEIC photo</source>
        <translation>HEIC 照片</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>an Office document</source>
        <translation>Office 文档</translation>
    </message>
    <message>
        <source>a compressed archive</source>
        <translation>压缩包</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>a file of an unknown kind</source>
        <translation>未知类型的文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty: there is nothing to attach.</source>
        <translation>“%1”是空文件，没有可添加的内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is named like a .%2 file, but its content is %3. For safety it is not attached; check where the file came from, and if it is what it should be, give it the extension that matches its content.</source>
        <translation>“%1”的扩展名是 .%2，但其内容是%3。为安全起见未予添加；请核实文件来源，如确为所需文件，请改用与内容相符的扩展名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be attached: a record takes photos (JPEG, PNG, HEIC), PDF, Word, WPS and Excel documents and plain text (.txt).</source>
        <translation>“%1”不能作为附件：只能添加照片（JPEG、PNG、HEIC）、PDF、Word、WPS、Excel 文档和纯文本（.txt）。</translation>
    </message>
</context>
<context>
    <name>rongpei::AttachmentListModel</name>
    <message>
        <source>Attached when the record is saved.</source>
        <translation>保存记录时添加。</translation>
    </message>
    <message>
        <source>Attached by %1 on %2</source>
        <translation>%1 于 %2 添加</translation>
    </message>
</context>
<context>
    <name>rongpei::AttachmentPreview</name>
    <message>
        <source>&quot;%1&quot; cannot be read as %2: it is damaged or incomplete. Open it on this computer to check, save or scan it again, and attach the new copy.</source>
        <translation>“%1”无法作为%2读取：文件已损坏或不完整。请在本机打开检查，重新保存或扫描后添加新文件。</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a HEIC photo, which this computer cannot read. Save it as JPEG and attach that (on an iPhone: Settings, Camera, Formats, Most Compatible).</source>
        <translation>“%1”是 HEIC 照片，本机无法读取。请另存为 JPEG 后添加（iPhone 上可在“设置 › 相机 › 格式”中选择“兼容性最佳”）。</translation>
    </message>
</context>
<context>
    <name>rongpei::AttachmentRecordKind</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>文件类别</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>rongpei::AttachmentRepository</name>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n 个附件</numerusform>
        </translation>
    </message>
    <message>
        <source>Files cannot be attached to this kind of record.</source>
        <translation>此类记录不能添加附件。</translation>
    </message>
    <message>
        <source>The record was deleted meanwhile, perhaps in another window; nothing was attached.</source>
        <translation>该记录已被删除（可能在另一个窗口中），未添加任何附件。</translation>
    </message>
    <message>
        <source>The file was removed meanwhile, perhaps in another window.</source>
        <translation>该附件已被删除（可能在另一个窗口中）。</translation>
    </message>
    <message>
        <source>The stored copy of &quot;%1&quot; is damaged. Restore it from a backup; run &quot;rongpei-cli check&quot; to find others.</source>
        <translation>“%1”的存储内容已损坏。请从备份恢复；运行“rongpei-cli check”可查找其他损坏的附件。</translation>
    </message>
</context>
<context>
    <name>rongpei::AttachmentsCommand</name>
    <message>
        <source>The kind of record: %1.</source>
        <translation>记录类型：%1。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>The record&apos;s id or uuid, or a cadre&apos;s employee number.</source>
        <translation>记录的编号或 uuid，或干部的工号。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Save copies of the files into this folder instead of listing them.</source>
        <translation>把附件副本保存到此文件夹，而不是列出附件。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>List the files attached to a record, or save copies of them.</source>
        <translation>列出一条记录的附件，或保存附件副本。</translation>
    </message>
    <message>
        <source>--kind must be one of: %1.</source>
        <translation>--kind 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in %3.</source>
        <translation>%3 中没有%1“%2”。</translation>
    </message>
    <message>
        <source>No files are attached to this record.</source>
        <translation>此记录没有附件。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>文件类别</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Attached on</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; choose one you may write to.</source>
        <translation>无法创建文件夹 %1，请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); is the disk full? The files saved before it are complete.</source>
        <translation>无法写入 %1（%2），磁盘是否已满？此前保存的文件完整无误。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) into %1.</source>
        <translation>
            <numerusform>已将 %n 个文件保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rongpei::AttachmentsPanel</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach minutes, photos, the signed sign-in sheet or other evidence (or drop the files here)</source>
        <translation>添加会议记录、照片、签到表或其他佐证材料（也可把文件拖放到这里）</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Attach the picture or the files on the clipboard (Ctrl+V)</source>
        <translation>添加剪贴板中的图片或文件（Ctrl+V）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open a copy in this computer&apos;s viewer (double-click)</source>
        <translation>用本机的查看程序打开副本（双击）</translation>
    </message>
    <message>
        <source>Save &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>文件类别</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) wait to be attached when this record is saved. Close without saving, and leave them out?</source>
        <translation>
            <numerusform>有 %n 个文件将在保存此记录时添加。不保存就关闭，放弃这些文件吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading and checking the files…</source>
        <translation>正在读取并检查文件…</translation>
    </message>
    <message>
        <source>No files. Drop the minutes, photos or the signed sheet here.</source>
        <translation>暂无附件。可把会议记录、照片或签到表拖放到这里。</translation>
    </message>
    <message>
        <source>No files.</source>
        <translation>暂无附件。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n 个文件，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached. These were not:</source>
        <translation>
            <numerusform>已添加 %n 个文件。以下文件未添加：</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is saved, but these files were not attached:</source>
        <translation>记录已保存，但以下文件未添加：</translation>
    </message>
    <message>
        <source>Files a record takes (%1)</source>
        <translation>可添加的文件（%1）</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer; save it first, then attach it.</source>
        <translation>%1 不是本机上的文件，请先保存到本机再添加。</translation>
    </message>
    <message>
        <source>Pasted picture %1.png</source>
        <translation>粘贴的图片 %1.png</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no file to attach.</source>
        <translation>剪贴板中没有可添加的图片或文件。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>This computer has no program that opens &quot;%1&quot;. Save a copy and open it on a computer that has one.</source>
        <translation>本机没有能打开“%1”的程序。请另存副本，在有相应程序的电脑上打开。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); is the disk full or the folder read-only?</source>
        <translation>无法写入 %1（%2），磁盘是否已满，或文件夹是否只读？</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this record? The recycle bin keeps it, and it can be restored from there.</source>
        <translation>从此记录中删除“%1”吗？删除后进入回收站，可以从回收站恢复。</translation>
    </message>
</context>
<context>
    <name>rongpei::AuditChain</name>
    <message numerus="yes">
        <source>The audit trail is intact: %n change(s), each sealed to the one before.</source>
        <translation>
            <numerusform>审计记录完整：共 %n 条变更，每条都与前一条相互校验。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was altered: change %1 is not what was saved. Restore the last backup made before it, and find out who changed the file.</source>
        <translation>审计记录被篡改：第 %1 条变更与保存时不符。请恢复此前最近的备份，并查明是谁修改了文件。</translation>
    </message>
    <message>
        <source>The audit trail is missing changes from %1 on: they were deleted from the file. Restore the last backup made before it, and find out who changed the file.</source>
        <translation>审计记录自第 %1 条起缺失：这些变更已从文件中删除。请恢复此前最近的备份，并查明是谁修改了文件。</translation>
    </message>
    <message>
        <source>Change %1 of the audit trail was not saved by RongPei: it was written into the file by another program. Find out who changed the file.</source>
        <translation>审计记录第 %1 条不是融培台账保存的：它是由其他程序写入文件的。请查明是谁修改了文件。</translation>
    </message>
    <message>
        <source>The audit trail ends before change %1, which this computer saw saved: this is an older copy of the file (a backup), or its last changes were deleted.</source>
        <translation>审计记录止于第 %1 条之前，而本机曾看到该条已保存：这是文件的旧副本（备份），或其最后的变更已被删除。</translation>
    </message>
    <message>
        <source>The audit trail was rewritten: change %1, as this computer saw it, is no longer in the file as it was. Restore a backup, and find out who changed the file.</source>
        <translation>审计记录被重写：本机看到的第 %1 条变更已不再原样存在于文件中。请恢复备份，并查明是谁修改了文件。</translation>
    </message>
</context>
<context>
    <name>rongpei::AuditPage</name>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Search record, field, value or user (Ctrl+F)</source>
        <translation>搜索记录、字段、内容或用户（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <source>the newest %n change line(s)</source>
        <translation>
            <numerusform>最近的 %n 行变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change line(s)</source>
        <translation>
            <numerusform>%n 行变更</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>Every change anyone saved, in the scope and period chosen above. Nothing here can be changed; rongpei-cli check shows that nothing was changed outside RongPei.</source>
        <translation>上方所选范围和期间内所有人保存的每项变更。此处内容不能修改；rongpei-cli check 可证明没有人在融培台账之外改动过。</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有用户</translation>
    </message>
</context>
<context>
    <name>rongpei::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Device and program</source>
        <translation>设备和程序</translation>
    </message>
</context>
<context>
    <name>rongpei::AuditTrail</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>期初学时</translation>
    </message>
    <message>
        <source>Committee study group</source>
        <translation>党委理论学习中心组</translation>
    </message>
    <message>
        <source>Study rules</source>
        <translation>学习规则</translation>
    </message>
    <message>
        <source>User · works for</source>
        <translation>用户 · 负责单位</translation>
    </message>
</context>
<context>
    <name>rongpei::BackupCommand</name>
    <message>
        <source>The new file to write; it must not exist yet (--output is the same option).</source>
        <translation>要写入的新文件，不能是已有文件（--output 与此选项相同）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Write a consistent copy of a database to a new file (safe while RongPei is open).</source>
        <translation>将数据库的一致副本写入新文件（融培台账打开时也可进行）。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>已将 %1 备份到 %2。</translation>
    </message>
</context>
<context>
    <name>rongpei::BackupManifest</name>
    <message>
        <source>The backup %1 was saved, but its manifest %2 could not be written (%3). The backup is whole; its audit trail cannot be checked against the manifest.</source>
        <translation>备份 %1 已保存，但其清单 %2 无法写入（%3）。备份本身完整；只是无法对照清单核验其审计记录。</translation>
    </message>
</context>
<context>
    <name>rongpei::BackupWriter</name>
    <message>
        <source>The disk holding %1 is full, so the backup was not written. Free some space and try again.</source>
        <translation>%1 所在的磁盘已满，备份未写入。请清理出空间后重试。</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program; try the backup again in a moment.</source>
        <translation>数据库 %1 正被其他程序锁定，请稍后再备份。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1. Check that the folder exists, that you may write to it and that there is space.</source>
        <translation>备份无法写入 %1。请检查该文件夹是否存在、是否有写入权限、空间是否充足。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup is never written over an existing file. Choose a new name.</source>
        <translation>%1 已存在；备份从不覆盖已有文件。请换一个文件名。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be created. Check that the folder exists and that you may write to it.</source>
        <translation>无法创建备份 %1。请检查该文件夹是否存在、是否有写入权限。</translation>
    </message>
    <message>
        <source>%1 appeared while the backup was written; it was left as it was and the backup was not saved. Choose a new name.</source>
        <translation>备份期间出现了同名文件 %1；该文件保持原样，备份未保存。请换一个文件名。</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1. Check that you may write to the folder.</source>
        <translation>备份无法保存为 %1。请检查是否有该文件夹的写入权限。</translation>
    </message>
</context>
<context>
    <name>rongpei::BranchSummaryPage</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Search branch or party committee (Ctrl+F)</source>
        <translation>搜索党支部或党委（Ctrl+F）</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <source>Branch summary</source>
        <translation>党支部汇总</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es) in %1: %2 cadre(s) behind on their hours, %3 required meeting(s) missed</source>
        <translation>
            <numerusform>%1年共 %n 个党支部：学时进度滞后或严重滞后的干部 %2 人，逾期未开会议 %3 次</numerusform>
        </translation>
    </message>
    <message>
        <source>, attendance rate %1%</source>
        <translation>，出勤率 %1%</translation>
    </message>
    <message>
        <source>. Click a column heading to sort; Enter shows a branch&apos;s meeting calendar.</source>
        <translation>。点击列标题排序；按 Enter 查看该党支部的三会一课。</translation>
    </message>
</context>
<context>
    <name>rongpei::BranchSummaryTableModel</name>
    <message numerus="yes">
        <source>Attending lines %1 of %2 counted, over the roll calls of %n held session(s).</source>
        <translation>
            <numerusform>已开展的 %n 次活动的点名记录中，计入出勤率的 %2 人次里实到 %1 人次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Periods of the required meetings (三会一课) this year: %1 convened, %2 missed, %3 due.</source>
        <translation>本年三会一课各周期：已召开 %1 次，逾期未开 %2 次，待召开 %3 次。</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the branch&apos;s meeting calendar.</source>
        <translation>双击或按 Enter 查看该党支部的三会一课。</translation>
    </message>
    <message>
        <source>Cadres measured against an hour requirement</source>
        <translation>纳入学时要求的干部人数</translation>
    </message>
    <message>
        <source>Share of the measured cadres whose hours are on track</source>
        <translation>学时进度正常的干部所占比例</translation>
    </message>
    <message>
        <source>Study sessions the branch held this year</source>
        <translation>本年该党支部已开展的学习活动次数</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Party committee</source>
        <translation>上级党委</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>干部数</translation>
    </message>
    <message>
        <source>On track share</source>
        <translation>进度正常占比</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>开展活动</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>出勤率</translation>
    </message>
</context>
<context>
    <name>rongpei::BusyIndicator</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop computing; the figures shown stay as they were</source>
        <translation>停止计算；当前显示的数字保持不变</translation>
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
        <translation>新增干部</translation>
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
        <translation>干部类别(&amp;T)：</translation>
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
        <translation>人员状态(&amp;E)：</translation>
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
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>The first day the cadre was no longer at work: roll calls and hour requirements judge the cadre by it at each session&apos;s date.</source>
        <translation>干部不再在岗的第一天：点名和学时要求按每次学习的日期据此判断。</translation>
    </message>
    <message>
        <source>Hire d&amp;ate:</source>
        <translation>入职日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Lea&amp;ving date:</source>
        <translation>离职/退休日期(&amp;V)：</translation>
    </message>
    <message>
        <source>For a cadre not yet in the Party: applicant, activist or candidate for membership. It is not a 政治面貌.</source>
        <translation>尚未入党的干部所处的阶段：入党申请人、入党积极分子或发展对象。它不是政治面貌。</translation>
    </message>
    <message>
        <source>Re&amp;cruitment stage:</source>
        <translation>入党阶段(&amp;C)：</translation>
    </message>
    <message>
        <source>A role on the committee of the cadre&apos;s branch (支部委员会), one holder each; the job post is entered under Post.</source>
        <translation>在本党支部支部委员会中担任的党内职务，每个职务只有一人担任；工作岗位请填在“岗位”中。</translation>
    </message>
    <message>
        <source>Party &amp;function:</source>
        <translation>党内职务(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>rongpei::CadrePickerDialog</name>
    <message>
        <source>Add cadres to the roll call</source>
        <translation>添加参会人员</translation>
    </message>
    <message>
        <source>Search name, employee no. or post</source>
        <translation>搜索姓名、工号或岗位</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>添加所选</translation>
    </message>
</context>
<context>
    <name>rongpei::CadreRecordKind</name>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
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
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>所在党支部</translation>
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
        <translation>干部类别</translation>
    </message>
    <message>
        <source>Party status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Recruitment stage</source>
        <translation>入党阶段</translation>
    </message>
    <message>
        <source>Joined the Party</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Party function</source>
        <translation>党内职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>人员状态</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>离职/退休日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Post history</source>
        <translation>任职经历</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>任职起始日期</translation>
    </message>
    <message>
        <source>Unit outside the enterprise</source>
        <translation>企业外单位</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录来源</translation>
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
        <translation>请选择现有的党支部。</translation>
    </message>
    <message>
        <source>Choose a department of the cadre&apos;s own branch.</source>
        <translation>请选择该干部所在党支部下的部门。</translation>
    </message>
    <message>
        <source>The employee number %1 already belongs to %2.</source>
        <translation>工号 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the cadre is on %2. Set the cadre&apos;s status to left or retired instead; the records stay as they were.</source>
        <translation>%1 不能删除：该干部已列入%2。请将其人员状态改为离职或退休，相关记录保持不变。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>This ID number is already %1&apos;s.</source>
        <translation>该身份证号已登记为%1的身份证号。</translation>
    </message>
    <message>
        <source>%1 is the branch&apos;s %2 already; a role has one holder. Give %1 another role first.</source>
        <translation>%1已是本支部的%2，每个党内职务只有一人担任。请先调整%1的党内职务。</translation>
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
        <translation>干部类别</translation>
    </message>
    <message>
        <source>Party status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>人员状态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
    <message>
        <source>The ID number must be 18 characters whose last one, the check digit, fits the first 17; check it against the ID card.</source>
        <translation>身份证号应为18位，且最后一位校验码须与前17位相符；请对照身份证核对。</translation>
    </message>
    <message>
        <source>The ID number gives the date of birth %1, not %2.</source>
        <translation>身份证号中的出生日期是 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>The ID number is that of a %1 cadre.</source>
        <translation>该身份证号对应的性别为“%1”，与所填性别不符。</translation>
    </message>
    <message>
        <source>The hire date is in the future.</source>
        <translation>入职日期晚于今天。</translation>
    </message>
    <message>
        <source>The hire date is before the cadre was %1.</source>
        <translation>入职日期早于该干部年满 %1 周岁之日。</translation>
    </message>
    <message>
        <source>The leaving date must come after the hire date.</source>
        <translation>离职/退休日期须晚于入职日期。</translation>
    </message>
    <message>
        <source>A cadre who left on %1 cannot be %2: set the employment status to left or retired, or clear the leaving date.</source>
        <translation>已于 %1 离开的干部不能为“%2”：请将人员状态改为离职或退休，或清除离职/退休日期。</translation>
    </message>
    <message>
        <source>The leaving date is in the future, but the cadre is recorded as %1 already.</source>
        <translation>离职/退休日期晚于今天，但该干部已登记为“%1”。</translation>
    </message>
    <message>
        <source>Only a full Party member sits on the branch committee; choose no party role.</source>
        <translation>只有正式党员才能担任支部委员会职务，请将党内职务选为“无”。</translation>
    </message>
</context>
<context>
    <name>rongpei::ChangeJournal</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Already there when the journal began</source>
        <translation>启用变更记录前已有</translation>
    </message>
    <message>
        <source>Written in bulk</source>
        <translation>批量写入</translation>
    </message>
</context>
<context>
    <name>rongpei::ChangeJournalTriggers</name>
    <message>
        <source>The change journal names a table or column that is not in the file: %1.</source>
        <translation>变更记录所列的表或字段在文件中不存在：%1。</translation>
    </message>
</context>
<context>
    <name>rongpei::CheckCommand</name>
    <message>
        <source>%1 is healthy but has the file format of an older version of RongPei (version %2; this version uses %3).</source>
        <translation>%1 完好，但文件格式较旧（版本 %2，本版本使用版本 %3）。</translation>
    </message>
    <message>
        <source>Check that a database is a healthy RongPei file with an unbroken audit trail (prints &quot;ok&quot;); changes nothing.</source>
        <translation>检查数据库是否为完好的融培台账文件、审计记录是否完整（输出“ok”）；不作任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the stored bytes of %n attached file(s) no longer match what was attached, so they cannot be opened: %2. Restore the database from a backup that &quot;rongpei-cli check&quot; accepts.</source>
        <translation>
            <numerusform>%1：有 %n 个附件的存储内容与添加时不一致，无法打开：%2。请用能通过“rongpei-cli check”的备份恢复数据库。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rongpei::ClassCompletion</name>
    <message>
        <source>Not completed: %1 of %2 hours on leave or absent, more than %3/%4 (%5 hours) of an off-the-job class.</source>
        <translation>未结业：请假和缺勤共%1学时（总%2学时），超过脱产培训总学时的%3/%4（%5学时）。</translation>
    </message>
    <message>
        <source>Not completed: scored %1, below the pass mark of %2.</source>
        <translation>未结业：考核成绩%1分，低于合格分数线%2分。</translation>
    </message>
    <message>
        <source>The class has ended but some of its days are not marked.</source>
        <translation>培训班已结束，但有的培训日尚未录入考勤。</translation>
    </message>
    <message>
        <source>The class has ended; the assessment score is not entered yet.</source>
        <translation>培训班已结束，考核成绩尚未录入。</translation>
    </message>
    <message>
        <source>In progress: %1 hours on leave or absent so far, of %2 allowed.</source>
        <translation>培训中：已请假或缺勤%1学时，最多允许%2学时。</translation>
    </message>
    <message>
        <source>In progress.</source>
        <translation>培训中。</translation>
    </message>
    <message>
        <source>Completed: %1 hours earned.</source>
        <translation>结业：获得%1学时。</translation>
    </message>
    <message>
        <source>This class is meant to be joint, but its cohort is one-sided: %1 party-affairs and %2 operations cadres; each track should make up at least %3 %.</source>
        <translation>本班计划为联合培训班，但学员构成一边倒：党务干部%1人、生产经营干部%2人；每类干部应至少占%3%。</translation>
    </message>
</context>
<context>
    <name>rongpei::ClassDialog</name>
    <message>
        <source>&amp;Joint class: meant to mix party-affairs and operations cadres</source>
        <translation>联合培训班：党务干部与生产经营干部混合编班(&amp;J)</translation>
    </message>
    <message>
        <source>Assessed, pass &amp;mark:</source>
        <translation>进行考核，合格分数线(&amp;M)：</translation>
    </message>
    <message>
        <source>Edit class: %1</source>
        <translation>编辑培训班：%1</translation>
    </message>
    <message>
        <source>New training class</source>
        <translation>新建培训班</translation>
    </message>
    <message>
        <source>The kind of study the class&apos;s hours count as toward the hour requirements</source>
        <translation>本班学时按哪一类学习活动计入学时要求</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Off-the-job classes count toward the off-the-job hour requirements; whoever misses more than %1/%2 of their hours does not complete them.</source>
        <translation>脱产培训计入脱产培训学时要求；请假和缺勤超过总学时%1/%2的学员不予结业。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>班次名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Counts &amp;as:</source>
        <translation>计入类型(&amp;A)：</translation>
    </message>
    <message>
        <source>Organised &amp;by:</source>
        <translation>主办单位(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>起止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>培训地点(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>名额(&amp;C)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Co&amp;urses:</source>
        <translation>课程(&amp;U)：</translation>
    </message>
    <message>
        <source>Class da&amp;ys:</source>
        <translation>培训日(&amp;Y)：</translation>
    </message>
    <message>
        <source>%1 (%2, %3 hours)</source>
        <translation>%1（%2，%3学时）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source> h a day</source>
        <translation> 学时/天</translation>
    </message>
    <message>
        <source>&amp;Weekdays of the dates</source>
        <translation>按起止日期生成工作日(&amp;W)</translation>
    </message>
    <message>
        <source>One day of the hours given for each weekday from the start to the end date</source>
        <translation>从开班到结业的每个工作日生成一天，学时为左边所填</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>删除所选日</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Mark the selected cells present (P); L late, A absent, Delete clears</source>
        <translation>将所选单元格记为出席（P）；L 迟到，A 缺勤，Delete 清除</translation>
    </message>
    <message>
        <source>Leave or absence…</source>
        <translation>请假或缺勤…</translation>
    </message>
    <message>
        <source>Mark the selected cells excused or absent, for some or all of the day&apos;s hours (E)</source>
        <translation>将所选单元格记为请假或缺勤，可只记当天部分学时（E）</translation>
    </message>
    <message>
        <source>All present so far</source>
        <translation>至今全部出席</translation>
    </message>
    <message>
        <source>Mark present everyone not yet marked on the days up to today</source>
        <translation>把今天及以前尚未记考勤的学员全部记为出席</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s): </source>
        <translation>
            <numerusform>学员%n人：</numerusform>
        </translation>
    </message>
    <message>
        <source>party-affairs %1 (%2 %), operations %3 (%4 %)</source>
        <translation>党务干部%1人（%2%），生产经营干部%3人（%4%）</translation>
    </message>
    <message>
        <source>Of&amp;f the job (脱产)</source>
        <translation>脱产培训(&amp;F)</translation>
    </message>
    <message>
        <source>Co&amp;hort:</source>
        <translation>学员(&amp;H)：</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>添加一天</translation>
    </message>
    <message>
        <source>Add &amp;participants…</source>
        <translation>添加学员(&amp;P)…</translation>
    </message>
    <message>
        <source>Presen&amp;t</source>
        <translation>出席(&amp;T)</translation>
    </message>
</context>
<context>
    <name>rongpei::ClassHourSource</name>
    <message>
        <source>Training class</source>
        <translation>培训班</translation>
    </message>
</context>
<context>
    <name>rongpei::ClassPage</name>
    <message>
        <source>New class</source>
        <translation>新建培训班</translation>
    </message>
    <message>
        <source>Open a training class: its courses, days and cohort (Ctrl+N)</source>
        <translation>新建培训班：课程、培训日和学员（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected class, mark its days and enter scores (Enter)</source>
        <translation>编辑所选培训班，录入考勤和考核成绩（Enter）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected class with its cohort and marks (Delete)</source>
        <translation>删除所选培训班及其学员和考勤（Delete）</translation>
    </message>
    <message>
        <source>Search class, organiser or location (Ctrl+F)</source>
        <translation>搜索班次、主办单位或地点（Ctrl+F）</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部班次</translation>
    </message>
    <message>
        <source>Joint classes</source>
        <translation>联合培训班</translation>
    </message>
    <message>
        <source>Joint but one-sided</source>
        <translation>联合培训班但构成一边倒</translation>
    </message>
    <message>
        <source>Not joint</source>
        <translation>非联合培训班</translation>
    </message>
    <message>
        <source>The classes could not be read: %1</source>
        <translation>无法读取培训班：%1</translation>
    </message>
    <message>
        <source>Training classes</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n个班次</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a class to see its participants.</source>
        <translation>选择一个班次以查看其学员。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 – %3 · %4 hours · %n participant(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 – %3 · %4学时 · 学员%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Class saved.</source>
        <translation>培训班已保存。</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>修改历史：%1</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>修改已保存。</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>删除培训班</translation>
    </message>
    <message numerus="yes">
        <source>Delete the class &quot;%1&quot; of %2 with its %n participant(s), their marks and scores?

You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>删除%2开班的“%1”及其%n名学员的考勤和成绩吗？

可按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Class deleted. Ctrl+Z brings it back.</source>
        <translation>培训班已删除。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>结业证书</translation>
    </message>
    <message>
        <source>Print the completion certificates of the selected participants, or of everyone who completed the class (Ctrl+P)</source>
        <translation>打印所选学员的结业证书；未选学员时打印全部结业学员的证书（Ctrl+P）</translation>
    </message>
    <message>
        <source>Certificates as PDF…</source>
        <translation>结业证书存为 PDF…</translation>
    </message>
    <message>
        <source>Save the completion certificates as one PDF file</source>
        <translation>把结业证书保存为一个 PDF 文件</translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation>请先选择一个班次。</translation>
    </message>
    <message>
        <source>Nobody selected has completed the class: a certificate is for a participant who completed it.</source>
        <translation>所选学员均未结业：结业证书只发给结业的学员。</translation>
    </message>
    <message>
        <source>Certificates of completion: %1</source>
        <translation>结业证书：%1</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>结业证书：%1</translation>
    </message>
    <message>
        <source>Save certificates</source>
        <translation>保存结业证书</translation>
    </message>
    <message>
        <source>certificates-%1.pdf</source>
        <translation>结业证书-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) saved to %1.</source>
        <translation>
            <numerusform>%n份结业证书已保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback forms</source>
        <translation>反馈表</translation>
    </message>
    <message>
        <source>Enter the paper feedback forms of the selected class (Ctrl+Shift+F)</source>
        <translation>录入所选培训班的纸质反馈表（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Feedback forms saved.</source>
        <translation>反馈表已保存。</translation>
    </message>
    <message>
        <source>Questions…</source>
        <translation>评估问题…</translation>
    </message>
    <message>
        <source>Word, add or retire the questions of the feedback form</source>
        <translation>改写、增加或停用反馈表的问题</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <source>The share of absence that prevents completion, a joint class&apos;s least share per track, and when follow-ups fall due</source>
        <translation>不予结业的缺勤比例、联合培训班每类干部的最低占比，以及训后跟踪评价的到期时间</translation>
    </message>
    <message>
        <source>Rules saved.</source>
        <translation>规则已保存。</translation>
    </message>
</context>
<context>
    <name>rongpei::ClassTableModel</name>
    <message>
        <source>Off the job</source>
        <translation>脱产</translation>
    </message>
    <message>
        <source>On the job</source>
        <translation>不脱产</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 party-affairs · %2 operations</source>
        <translation>党务%1 · 生产经营%2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Joint: %1</source>
        <translation>联合：%1</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1%（%2/%3）</translation>
    </message>
    <message>
        <source>Party-affairs %1 % · operations %2 %</source>
        <translation>党务干部%1% · 生产经营干部%2%</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结业</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Track mix</source>
        <translation>学员构成</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>结业率</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均成绩</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback form(s) of %1 participant(s); ratings 1–5</source>
        <translation>
            <numerusform>%1 名学员交回 %n 份反馈表；评分 1–5</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
</context>
<context>
    <name>rongpei::ClassText</name>
    <message>
        <source>Class</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Party-affairs</source>
        <translation>党务干部</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>生产经营干部</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>结业率</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均成绩</translation>
    </message>
    <message>
        <source>%1 ⚠ one-sided</source>
        <translation>%1 ⚠ 构成一边倒</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es), </source>
        <translation>
            <numerusform>共%n个班次，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s), </source>
        <translation>
            <numerusform>学员%n人次，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint class(es) one-sided.</source>
        <translation>
            <numerusform>%n个联合培训班构成一边倒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
</context>
<context>
    <name>rongpei::ClassesCommand</name>
    <message>
        <source>The year the classes start in (YYYY).</source>
        <translation>开班年度（YYYY）。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>csv (a fixed English header, in every language) or table (default table).</source>
        <translation>csv（任何语言下均为固定的英文表头）或 table（默认 table）。</translation>
    </message>
    <message>
        <source>List a year&apos;s training classes with their cohort, track mix, completion and scores; changes nothing.</source>
        <translation>列出某年度的培训班及其学员、学员构成、结业率和成绩；不作任何修改。</translation>
    </message>
    <message>
        <source>--year must be a year from 2000 to 2100.</source>
        <translation>--year 必须是2000至2100之间的年份。</translation>
    </message>
</context>
<context>
    <name>rongpei::CliSignIn</name>
    <message>
        <source>This database has users: say who is working with RONGPEI_USER and RONGPEI_PASSWORD, or run the command in a terminal to be asked.</source>
        <translation>此数据库已设用户：请用 RONGPEI_USER 和 RONGPEI_PASSWORD 说明是谁在使用，或在终端中运行命令以便询问。</translation>
    </message>
    <message>
        <source>User name: </source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>rongpei::CohortModel</name>
    <message>
        <source>%1 %2 h</source>
        <translation>%1 %2学时</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The assessment score, 0–100; leave empty until assessed</source>
        <translation>考核成绩，0–100；未考核时留空</translation>
    </message>
    <message>
        <source>%1, %2 hours</source>
        <translation>%1，%2学时</translation>
    </message>
    <message>
        <source>M/d</source>
        <comment>a class day&apos;s column</comment>
        <translation>M/d</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>干部类别</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
</context>
<context>
    <name>rongpei::CommandArguments</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>--format must be csv or table.</source>
        <translation>--format 须为 csv 或 table。</translation>
    </message>
</context>
<context>
    <name>rongpei::CommandHelp</name>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>   or: %1</source>
        <translation>  或：%1</translation>
    </message>
    <message>
        <source>The RongPei command line: works on RongPei database files without a display.</source>
        <translation>融培台账命令行工具：无需图形界面即可处理融培台账数据库文件。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>通用选项（可写在命令之前或之后）：</translation>
    </message>
    <message>
        <source>&quot;%1 help COMMAND&quot; or &quot;%1 COMMAND --help&quot; lists the options of a command.</source>
        <translation>运行“%1 help 命令”或“%1 命令 --help”可查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>通用选项：</translation>
    </message>
</context>
<context>
    <name>rongpei::CommandLine</name>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are %2.</source>
        <translation>未知命令“%1”。可用命令为 %2。</translation>
    </message>
    <message>
        <source>Name a command: %1.</source>
        <translation>请指定一个命令：%1。</translation>
    </message>
    <message>
        <source>help takes one command, not %1.</source>
        <translation>help 只接受一个命令，而不是 %1。</translation>
    </message>
    <message>
        <source>%1 takes no argument &quot;%2&quot;; its options all start with --.</source>
        <translation>%1 不接受参数“%2”；其选项均以 -- 开头。</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 需要 %2。</translation>
    </message>
    <message>
        <source>%1 is not an option of rongpei-cli without a command.</source>
        <translation>未指定命令时不能使用选项 %1。</translation>
    </message>
    <message>
        <source>%1 is not an option of %2.</source>
        <translation>%2 没有选项 %1。</translation>
    </message>
    <message>
        <source>%1 was given more than once.</source>
        <translation>%1 指定了不止一次。</translation>
    </message>
    <message>
        <source>%1 was given an empty value.</source>
        <translation>%1 的值为空。</translation>
    </message>
    <message>
        <source>--lang must be zh_CN or en, not &quot;%1&quot;.</source>
        <translation>--lang 必须是 zh_CN 或 en，不能是“%1”。</translation>
    </message>
</context>
<context>
    <name>rongpei::CompletionCertificate</name>
    <message>
        <source>Certificate of completion</source>
        <translation>结业证书</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>证书编号：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（工号%2）</translation>
    </message>
    <message>
        <source>%1 of %2 took part from %3 to %4 in &quot;%5&quot; (%7 study hours), organised by %6, and earned %8 hours.</source>
        <translation>%2 %1同志于%3至%4参加%6举办的“%5”（共%7学时），完成学习任务，获得%8学时。</translation>
    </message>
    <message>
        <source> Assessment score: %1.</source>
        <translation>考核成绩%1分。</translation>
    </message>
    <message>
        <source> Having completed the class, this certificate is awarded.</source>
        <translation>准予结业，特发此证。</translation>
    </message>
    <message>
        <source>The certificates cannot be printed: the printer or file is not ready.</source>
        <translation>无法打印结业证书：打印机或文件未就绪。</translation>
    </message>
    <message>
        <source>The certificates cannot be printed: a new page could not be started.</source>
        <translation>无法打印结业证书：无法开始新的一页。</translation>
    </message>
    <message>
        <source>No participant of the selection has completed the class: there is no certificate to save.</source>
        <translation>所选学员均未结业，没有可保存的结业证书。</translation>
    </message>
    <message>
        <source>The certificates cannot be saved as &quot;%1&quot;: %2</source>
        <translation>结业证书无法保存为“%1”：%2</translation>
    </message>
    <message>
        <source>Certificates of completion: %1</source>
        <translation>结业证书：%1</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>a date on the certificate</comment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>rongpei::ComplianceCommand</name>
    <message>
        <source>The year (YYYY).</source>
        <translation>年度（YYYY）。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Only this branch, or the branches of this party committee; COMMITTEE/BRANCH for a name that several committees use.</source>
        <translation>仅此党支部，或此党委下属的党支部；多个党委下有同名党支部时，写作“党委/党支部”。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>csv (a fixed English header and codes, in every language) or table (default table).</source>
        <translation>csv（任何语言下均为固定的英文表头和代码）或 table（默认 table）。</translation>
    </message>
    <message>
        <source>List every cadre&apos;s study hours against the hour requirements; changes nothing.</source>
        <translation>列出每名干部的学时与学时要求对照情况，不作任何改动。</translation>
    </message>
    <message>
        <source>--year must be a year from 2000 to 2100.</source>
        <translation>--year 必须是 2000 至 2100 之间的年份。</translation>
    </message>
    <message>
        <source>There is no branch or party committee called &quot;%1&quot; in %2.</source>
        <translation>%2 中没有名为“%1”的党支部或党委。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 units in %3; give one of: %4</source>
        <translation>%3 中有 %2 个名为“%1”的单位，请指定其中之一：%4</translation>
    </message>
</context>
<context>
    <name>rongpei::CompliancePage</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Search name, employee no. or branch (Ctrl+F)</source>
        <translation>搜索姓名、工号或党支部（Ctrl+F）</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Behind or far behind</source>
        <translation>进度滞后及严重滞后</translation>
    </message>
    <message>
        <source>Hour compliance</source>
        <translation>学时达标</translation>
    </message>
    <message numerus="yes">
        <source>%n cadre(s) shown: %1 on track, %2 behind, %3 far behind. Expected hours are the requirement pro rata to %4; each cadre is measured against the most pressing requirement that applies. Hover over a row for its source.</source>
        <translation>
            <numerusform>显示 %n 名干部：进度正常 %1 人，进度滞后 %2 人，严重滞后 %3 人。应完成学时为截至 %4 按时间比例折算的要求学时；每名干部按其适用要求中最紧迫的一项衡量。鼠标停在某行上可查看依据。</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>未能计算：%1</translation>
    </message>
</context>
<context>
    <name>rongpei::ComplianceTableModel</name>
    <message>
        <source>%1–%2 (rolling)</source>
        <translation>%1—%2年（滚动）</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>学时要求</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求学时</translation>
    </message>
    <message>
        <source>Expected by today</source>
        <translation>截至今日应达</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>已完成学时</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1
Required %2 hours from %3 to %4; expected by today %5.
Earned %6: %7 in study sessions, %8 in training classes, %9 before the records began.</source>
        <translation>%1
%3至%4要求%2学时；按进度至今应完成%5学时。
已完成%6学时：理论学习%7，培训班%8，启用前%9。</translation>
    </message>
    <message>
        <source>From sessions</source>
        <translation>其中学习</translation>
    </message>
    <message>
        <source>From classes</source>
        <translation>其中培训班</translation>
    </message>
</context>
<context>
    <name>rongpei::ComplianceText</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求学时</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应完成学时</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>已完成学时</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%n cadre(s): </source>
        <translation>
            <numerusform>共 %n 名干部：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on track, %2 behind, %3 far behind.</source>
        <translation>进度正常 %1 人，进度滞后 %2 人，严重滞后 %3 人。</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>培训班</translation>
    </message>
</context>
<context>
    <name>rongpei::CourseCategoriesDialog</name>
    <message>
        <source>Categories of course</source>
        <translation>课程类别</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>改名(&amp;R)…</translation>
    </message>
    <message>
        <source>Only a category no course is in can be removed</source>
        <translation>只能删除没有课程的类别</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置类别</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新建类别</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>类别改名</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>删除类别</translation>
    </message>
    <message>
        <source>Remove the category &quot;%1&quot;?</source>
        <translation>删除类别“%1”吗？</translation>
    </message>
</context>
<context>
    <name>rongpei::CourseDialog</name>
    <message>
        <source>In &amp;use: offered when a class is planned</source>
        <translation>在用：新建培训班时可选(&amp;U)</translation>
    </message>
    <message>
        <source>Edit course: %1</source>
        <translation>编辑课程：%1</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>A retired course stays on the classes that taught it, but is not offered for new ones.</source>
        <translation>停用的课程仍保留在已开设它的培训班上，但新建培训班时不再提供。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>课程名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>课程类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Mainly &amp;serves:</source>
        <translation>主要面向(&amp;S)：</translation>
    </message>
    <message>
        <source>Teaching &amp;mode:</source>
        <translation>教学方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>学时(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>主办方(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>简介(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>rongpei::CourseFeedbackDialog</name>
    <message>
        <source>Feedback over the years: %1</source>
        <translation>历年反馈：%1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>培训班数</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>反馈表</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>回收率</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Marks given</source>
        <translation>评分分布</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>No class of this course has feedback forms yet.</source>
        <translation>该课程的培训班尚无反馈表。</translation>
    </message>
    <message>
        <source>Each year counts the classes of the course that ended in it; the means are of the ratings 1–5 given.</source>
        <translation>每年统计当年结业的、讲授该课程的培训班；平均分按已给出的 1–5 分计算。</translation>
    </message>
</context>
<context>
    <name>rongpei::CoursePage</name>
    <message>
        <source>Show retired</source>
        <translation>显示停用</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>Add a course to the catalogue (Ctrl+N)</source>
        <translation>向课程库添加课程（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected course (Enter)</source>
        <translation>编辑所选课程（Enter）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected course; one a class teaches can only be retired (Delete)</source>
        <translation>删除所选课程；已被培训班使用的课程只能停用（Delete）</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>类别…</translation>
    </message>
    <message>
        <source>Add, rename or remove categories of course</source>
        <translation>添加、改名或删除课程类别</translation>
    </message>
    <message>
        <source>Search title, category, mode, provider or description (Ctrl+F)</source>
        <translation>搜索课程名称、类别、教学方式、主办方或简介（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n门课程</numerusform>
        </translation>
    </message>
    <message>
        <source>Course catalogue</source>
        <translation>课程库</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Course saved.</source>
        <translation>课程已保存。</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>修改历史：%1</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>修改已保存。</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>删除课程</translation>
    </message>
    <message>
        <source>Delete the course &quot;%1&quot; from the catalogue?

You can undo this with Ctrl+Z.</source>
        <translation>从课程库删除课程“%1”吗？

可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Course deleted. Ctrl+Z brings it back.</source>
        <translation>课程已删除。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <source>Feedback over the years…</source>
        <translation>历年反馈…</translation>
    </message>
    <message>
        <source>The selected course&apos;s feedback forms, year by year</source>
        <translation>所选课程历年的反馈表汇总</translation>
    </message>
</context>
<context>
    <name>rongpei::CourseRepository</name>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n门课程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training classes</source>
        <translation>
            <numerusform>%n个培训班</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an existing category.</source>
        <translation>请选择已有的课程类别。</translation>
    </message>
    <message>
        <source>The catalogue already has a course named &quot;%1&quot;.</source>
        <translation>课程库中已有名为“%1”的课程。</translation>
    </message>
    <message>
        <source>This course no longer exists; it may have been deleted.</source>
        <translation>该课程已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted: it is taught in %2. Mark the course inactive instead; the classes stay as they were.</source>
        <translation>“%1”不能删除：%2使用了该课程。请改为停用；培训班保持不变。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; is already in the catalogue.</source>
        <translation>课程“%1”已在课程库中。</translation>
    </message>
    <message>
        <source>Enter the name of the category.</source>
        <translation>请输入类别名称。</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>名称超过%n个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a category named &quot;%1&quot;.</source>
        <translation>已有名为“%1”的类别。</translation>
    </message>
    <message>
        <source>The category cannot be deleted: it holds %1. Move them to another category first.</source>
        <translation>该类别不能删除：其中有%1。请先把它们移到其他类别。</translation>
    </message>
</context>
<context>
    <name>rongpei::CourseTableModel</name>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Mainly serves</source>
        <translation>主要面向</translation>
    </message>
    <message>
        <source>Teaching mode</source>
        <translation>教学方式</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简介</translation>
    </message>
</context>
<context>
    <name>rongpei::CourseValidator</name>
    <message>
        <source>Enter the name of the course.</source>
        <translation>请输入课程名称。</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>名称超过%n个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>请选择课程类别。</translation>
    </message>
    <message>
        <source>The hours must be more than 0 and at most %1.</source>
        <translation>学时必须大于0且不超过%1。</translation>
    </message>
    <message numerus="yes">
        <source>The description may hold at most %n characters.</source>
        <translation>
            <numerusform>简介最多%n个字。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rongpei::CsvFile</name>
    <message>
        <source>%1 could not be written: %2. Choose another folder or free some space, then try again.</source>
        <translation>无法写入 %1：%2。请换一个文件夹或腾出磁盘空间后重试。</translation>
    </message>
</context>
<context>
    <name>rongpei::Database</name>
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
        <source>An inner step of the change failed, so nothing was saved.</source>
        <translation>修改中的某一步失败，因此未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 was written by an older version of RongPei (file format %2; this version uses %3). It was opened for reading only, so it was not upgraded and was left unchanged; open it in RongPei to upgrade it.</source>
        <translation>%1 由较早版本的融培台账写入，文件格式较旧（版本 %2，本版本使用版本 %3）。本次以只读方式打开，未升级，文件未作任何改动；请在融培台账中打开以升级。</translation>
    </message>
    <message>
        <source>%1 is on a disk or in a folder that cannot be written to (a CD, a write-protected USB stick, a folder you may only read). Copy it to a folder you may write to and open the copy; where it is, it can still be checked and backed up.</source>
        <translation>%1 位于不能写入的磁盘或文件夹中（光盘、写保护的U盘、只读共享文件夹等）。请将其复制到可写入的文件夹后打开副本；在原处仍可检查和备份。</translation>
    </message>
    <message>
        <source>The database %1 cannot be read. Check that you may read it.</source>
        <translation>无法读取数据库 %1。请检查是否有读取权限。</translation>
    </message>
    <message>
        <source>%1 is not a file but a device, a pipe or a socket, so it cannot be a database. Choose the database file itself.</source>
        <translation>%1 不是普通文件（而是设备、管道或套接字），不可能是数据库。请选择数据库文件本身。</translation>
    </message>
    <message>
        <source>Beside the database %1 lies %2, which is not a file but a device, a pipe or a socket. Move it away to open the database; the database was left unchanged.</source>
        <translation>数据库 %1 旁有一个 %2，它不是普通文件（而是设备、管道或套接字）。请将其移走后再打开数据库；数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It was left unchanged; restore it from a backup.</source>
        <translation>数据库 %1 已损坏，未做任何改动。请从备份恢复。</translation>
    </message>
    <message>
        <source>The database %1 cannot be written safely where it is: its disk or network share does not support what RongPei needs. Copy it to a local disk and open the copy.</source>
        <translation>数据库 %1 在当前位置无法安全写入：所在磁盘或网络共享不支持融培台账所需的功能。请将其复制到本机磁盘后打开副本。</translation>
    </message>
    <message>
        <source>%1 is not a RongPei database: its file format is not recognised.</source>
        <translation>%1 不是融培台账数据库：文件格式无法识别。</translation>
    </message>
    <message>
        <source>%1 is an empty database of another kind, not a RongPei database.</source>
        <translation>%1 是其他类型的空数据库，不是融培台账数据库。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a RongPei database. It was left unchanged.</source>
        <translation>%1 是其他程序的数据库，不是融培台账数据库。文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of RongPei (file format %2; this version understands up to %3). Install the newer RongPei to open it; the file was left unchanged.</source>
        <translation>%1 由更新版本的融培台账写入（文件格式 %2，本版本最高支持 %3）。请安装新版融培台账后再打开；文件未做任何改动。</translation>
    </message>
    <message>
        <source>Working with the database %1 failed.</source>
        <translation>操作数据库 %1 失败。</translation>
    </message>
    <message>
        <source>A bulk write was not finished, so nothing was saved.</source>
        <translation>批量写入未完成，未保存任何内容。</translation>
    </message>
    <message>
        <source>The database %1 cannot be created (%2).</source>
        <translation>无法创建数据库 %1（%2）。</translation>
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
        <source>%1 is not a RongPei database.</source>
        <translation>%1 不是融培台账数据库。</translation>
    </message>
    <message>
        <source>The database %1 was left half-written when a program stopped, and must be recovered before it can be read. RongPei recovers its own databases when it opens them; this file was left unchanged.</source>
        <translation>数据库 %1 在某个程序中途停止时只写入了一半，需先恢复才能读取。融培台账在打开自己的数据库时会自动恢复；此文件未做任何改动。</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Restore it from a backup.</source>
        <translation>数据库 %1 已损坏。请从备份恢复。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened. Check that the file and its folder exist and that you may read them.</source>
        <translation>无法打开数据库 %1。请检查该文件及其文件夹是否存在、是否有读取权限。</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed; the disk or the connection to it may be at fault. Nothing was saved.</source>
        <translation>读写 %1 失败，可能是磁盘或网络连接出了问题。未保存任何内容。</translation>
    </message>
    <message>
        <source>The change conflicts with existing records. Nothing was saved.</source>
        <translation>此修改与已有记录冲突，未保存任何内容。</translation>
    </message>
    <message>
        <source>Working with the database %1 failed. Nothing was saved.</source>
        <translation>处理数据库 %1 时出错，未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>rongpei::DayMarkDialog</name>
    <message>
        <source>Mark attendance</source>
        <translation>记录考勤</translation>
    </message>
    <message>
        <source>Hours of the day on leave or absent: half a day&apos;s leave is half the day&apos;s hours</source>
        <translation>当天请假或缺勤的学时：请假半天即当天学时的一半</translation>
    </message>
    <message>
        <source>Reason for the leave</source>
        <translation>请假事由</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>考勤(&amp;A)：</translation>
    </message>
    <message>
        <source>Hours &amp;missed:</source>
        <translation>缺课学时(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>rongpei::DemoCommand</name>
    <message>
        <source>Number of cadres (default 300).</source>
        <translation>干部人数（默认 300）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default 2026).</source>
        <translation>随机种子：相同的种子生成相同的数据（默认 2026）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Create a new database filled with realistic demo data; never writes into an existing file.</source>
        <translation>新建一个填入示例数据的数据库，从不写入已有文件。</translation>
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
        <source>%1 cannot be created (%2).</source>
        <translation>无法创建 %1（%2）。</translation>
    </message>
    <message>
        <source>Users: admin (administrator), manager (manager) and clerk (clerk of %1), each with the password %2. Recovery key of the administrator: %3</source>
        <translation>用户：admin（系统管理员）、manager（主管）和 clerk（%1经办人），密码均为 %2。系统管理员的恢复密钥：%3</translation>
    </message>
    <message>
        <source>Created %1: %2 party committees, %3 branches, %4 departments, %5 cadres, %6 study sessions, %7 attendance records, %8 attached files in %9 ms.</source>
        <translation>已创建 %1：%2 个党委、%3 个党支部、%4 个部门、%5 名干部、%6 次学习活动、%7 条点名记录、%8 个附件，用时 %9 毫秒。</translation>
    </message>
    <message>
        <source>Training: %1 courses, %2 classes with %3 participants, %4 feedback forms, %5 follow-up ratings, %6 development plans, %7 yearly training plans.</source>
        <translation>培训：%1 门课程，%2 个培训班共 %3 人次，%4 份反馈表，%5 条训后跟踪评价，%6 份个人培养规划，%7 份年度培养计划。</translation>
    </message>
    <message>
        <source>Rotation: %1 posts in the post histories, %2 rotations.</source>
        <translation>轮岗交流：任职经历 %1 条，轮岗交流 %2 次。</translation>
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
    <name>rongpei::DevelopmentPlanRepository</name>
    <message numerus="yes">
        <source>%n development plans</source>
        <translation>
            <numerusform>%n 份培养规划</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the targets of %n development plans</source>
        <translation>
            <numerusform>%n 份培养规划的目标</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a cadre of the roster.</source>
        <translation>请从干部名册中选择干部。</translation>
    </message>
    <message>
        <source>%1 has left the enterprise: a development plan is for a cadre at work. Mark them employed again first if they came back.</source>
        <translation>%1 已离开本单位：培养规划只为在岗干部制定。如其已返岗，请先将其改为在岗。</translation>
    </message>
    <message>
        <source>The year must lie between 2000 and 2100.</source>
        <translation>年度须在 2000 至 2100 之间。</translation>
    </message>
    <message>
        <source>%1 already has a development plan for %2: edit that one.</source>
        <translation>%1 已有 %2 年度的培养规划，请修改该规划。</translation>
    </message>
    <message>
        <source>The target must lie between 0 and %1 hours.</source>
        <translation>目标须在 0 至 %1 学时之间。</translation>
    </message>
    <message>
        <source>A category of the plan no longer exists; refresh and try again.</source>
        <translation>规划中的某个课程类别已不存在，请刷新后重试。</translation>
    </message>
    <message>
        <source>Each category&apos;s target must be more than 0 and at most %1 hours.</source>
        <translation>每个类别的目标须大于 0、不超过 %1 学时。</translation>
    </message>
    <message>
        <source>The categories&apos; targets add up to %1 hours, more than the management target of %2.</source>
        <translation>各类别目标合计 %1 学时，超过经营管理目标 %2 学时。</translation>
    </message>
    <message>
        <source>A course of the plan is no longer in the catalogue; refresh and try again.</source>
        <translation>规划中的某门课程已不在课程库中，请刷新后重试。</translation>
    </message>
    <message>
        <source>A course is in the plan twice.</source>
        <translation>同一门课程在规划中出现了两次。</translation>
    </message>
    <message numerus="yes">
        <source>The text is longer than %n characters.</source>
        <translation>
            <numerusform>文字超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>A cadre has two plans for %1 in the list.</source>
        <translation>列表中有干部在 %1 年度有两份规划。</translation>
    </message>
    <message>
        <source>This development plan no longer exists; it may have been deleted.</source>
        <translation>该培养规划已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>This development plan is already there.</source>
        <translation>该培养规划已经存在。</translation>
    </message>
</context>
<context>
    <name>rongpei::DocumentLayout</name>
    <message>
        <source>the PDF could not be written</source>
        <translation>PDF 无法写入</translation>
    </message>
</context>
<context>
    <name>rongpei::EndRotationDialog</name>
    <message>
        <source>%1 &amp;stays in the host post: %2</source>
        <translation>%1 留任派驻岗位(&amp;S)：%2</translation>
    </message>
    <message>
        <source>End rotation: %1</source>
        <translation>结束轮岗：%1</translation>
    </message>
    <message>
        <source>Changes the cadre&apos;s post in the roster and writes it to the post history from the day after the rotation ends.</source>
        <translation>修改干部名册中的岗位，并自轮岗结束次日起写入任职经历。</translation>
    </message>
    <message>
        <source>End rotation</source>
        <translation>结束轮岗</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>最后一天(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>rongpei::EvaluationBox</name>
    <message>
        <source>Tick to record the host unit&apos;s evaluation at this stage.</source>
        <translation>勾选以填写派驻单位在这一阶段的考核。</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>德</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>能</translation>
    </message>
    <message>
        <source>Diligence</source>
        <translation>勤</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>绩</translation>
    </message>
    <message>
        <source>Probity</source>
        <translation>廉</translation>
    </message>
    <message>
        <source>%1, from 1 (poor) to 5 (excellent)</source>
        <translation>%1，1（差）至 5（优）</translation>
    </message>
    <message>
        <source>Evaluated &amp;on:</source>
        <translation>考核日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>考核等次(&amp;G)：</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <source>Host unit&apos;s &amp;comments:</source>
        <translation>派驻单位评价(&amp;C)：</translation>
    </message>
    <message>
        <source>Home unit&apos;s o&amp;pinion:</source>
        <translation>派出单位意见(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>rongpei::EvaluationForm</name>
    <message>
        <source>%1    Signature: __________    Date: __________</source>
        <translation>%1&#x3000;签字：________&#x3000;____年__月__日</translation>
    </message>
    <message>
        <source>Integrity %1   Ability %2   Diligence %3   Performance %4   Probity %5 (of 5)</source>
        <translation>德 %1 分&#x3000;能 %2 分&#x3000;勤 %3 分&#x3000;绩 %4 分&#x3000;廉 %5 分（满分 5 分）</translation>
    </message>
    <message>
        <source>Grade: □ Excellent  □ Competent  □ Basically competent  □ Incompetent</source>
        <translation>考核等次：□ 优秀&#x3000;□ 称职&#x3000;□ 基本称职&#x3000;□ 不称职</translation>
    </message>
    <message>
        <source>Grade: %1    Evaluated on %2</source>
        <translation>考核等次：%1&#x3000;&#x3000;考核日期：%2</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>a date on the form</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Evaluation form of a cadre on rotation</source>
        <translation>挂职（轮岗）干部考核鉴定表</translation>
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
        <source>Born</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Party status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>干部类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层次</translation>
    </message>
    <message>
        <source>Home unit and post</source>
        <translation>派出单位及岗位</translation>
    </message>
    <message>
        <source>Host unit and post</source>
        <translation>派驻单位及岗位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>起止时间</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准文号</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>培养目标</translation>
    </message>
    <message>
        <source>Self-summary</source>
        <translation>个人小结</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Mid-term evaluation</source>
        <translation>中期考核</translation>
    </message>
    <message>
        <source>Host unit&apos;s evaluation</source>
        <translation>派驻单位鉴定意见</translation>
    </message>
    <message>
        <source>Host unit: %1 (stamp)</source>
        <translation>派驻单位：%1（盖章）</translation>
    </message>
    <message>
        <source>Home unit&apos;s opinion</source>
        <translation>派出单位意见</translation>
    </message>
    <message>
        <source>Home unit: %1 (stamp)</source>
        <translation>派出单位：%1（盖章）</translation>
    </message>
    <message>
        <source>Kept in the cadre&apos;s personnel file. Printed by RongPei.</source>
        <translation>本表存入干部人事档案。融培台账打印。</translation>
    </message>
    <message>
        <source>Evaluation form: %1</source>
        <translation>考核鉴定表：%1</translation>
    </message>
    <message>
        <source>The evaluation form cannot be printed: the printer or file is not ready.</source>
        <translation>考核鉴定表无法打印：打印机或文件没有准备好。</translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1&#x3000;第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <source>The evaluation form could not be finished on the printer or file.</source>
        <translation>考核鉴定表没能在打印机或文件上完成。</translation>
    </message>
    <message>
        <source>The evaluation form cannot be saved as &quot;%1&quot;: %2</source>
        <translation>考核鉴定表无法保存为“%1”：%2</translation>
    </message>
</context>
<context>
    <name>rongpei::EvaluationFormData</name>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>a date on the evaluation form</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>This rotation no longer exists; it may have been deleted.</source>
        <translation>这次轮岗交流已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>unit and post</comment>
        <translation>%1&#x3000;%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source> (extended from %1%2)</source>
        <translation>（原定%1结束，已延期%2）</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <source> (planned to %1, ended early)</source>
        <translation>（原定%1结束，提前结束）</translation>
    </message>
</context>
<context>
    <name>rongpei::ExchangeDuePage</name>
    <message>
        <source>Post history…</source>
        <translation>任职经历…</translation>
    </message>
    <message>
        <source>The selected cadre&apos;s posts and rotations (Enter)</source>
        <translation>所选干部的任职经历和轮岗交流（Enter）</translation>
    </message>
    <message>
        <source>Exchange rules…</source>
        <translation>交流规则…</translation>
    </message>
    <message>
        <source>For which levels and after how many years in one post a cadre is due for an exchange</source>
        <translation>哪些层次的干部在同一岗位任职满几年应当交流</translation>
    </message>
    <message>
        <source>Search name, branch, post or level (Ctrl+F)</source>
        <translation>搜索姓名、党支部、岗位或层次（Ctrl+F）</translation>
    </message>
    <message>
        <source>Exchange due</source>
        <translation>交流到期</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>No exchange rule applies yet: nobody is listed. An administrator sets the rules with Exchange rules…</source>
        <translation>尚未启用交流规则，因此不列出任何人。请管理员在“交流规则…”中设定。</translation>
    </message>
    <message numerus="yes">
        <source>%n cadre(s) in scope have held their post as long as their level&apos;s rule allows.</source>
        <translation>
            <numerusform>范围内有 %n 名干部在现岗位任职已达到所在层次规定的年限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n cadre(s) of the enterprise under a rule, the day they took up the post is not recorded: add it to their post history.</source>
        <translation>
            <numerusform>全企业适用规则的干部中，有 %n 名的任现职起始日期没有记录，请在其任职经历中补录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange rules saved.</source>
        <translation>交流规则已保存。</translation>
    </message>
</context>
<context>
    <name>rongpei::ExchangeDueTableModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>党支部</translation>
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
        <source>In the post since</source>
        <translation>任现职起始日期</translation>
    </message>
    <message>
        <source>Years in the post</source>
        <translation>任现职年数</translation>
    </message>
    <message>
        <source>Rule (years)</source>
        <translation>规定年限</translation>
    </message>
    <message>
        <source>%1 (hire date)</source>
        <translation>%1（入职日期）</translation>
    </message>
    <message>
        <source>No post of the cadre&apos;s history records when this post began: the hire date stands for it. Add the earlier posts to the post history if there were any.</source>
        <translation>任职经历中没有记录现岗位的起始日期，暂以入职日期代替。如有早年经历，请补录到任职经历中。</translation>
    </message>
</context>
<context>
    <name>rongpei::ExchangeRuleRepository</name>
    <message>
        <source>The years in one post must be from %1 to %2.</source>
        <translation>同一岗位任职年限须在 %1 至 %2 年之间。</translation>
    </message>
</context>
<context>
    <name>rongpei::ExchangeRulesDialog</name>
    <message>
        <source>Exchange rules</source>
        <translation>交流规则</translation>
    </message>
    <message>
        <source>A cadre of a level whose rule applies and who has held the same post for the years set here appears on the exchange-due list. 《党政领导干部交流工作规定》 sets ten years in one post for leading cadres of the Party and government; enterprises commonly follow it (参照) for leadership posts. A level without a rule is not listed.</source>
        <translation>启用了规则的层次，在同一岗位任职达到这里设定年限的干部列入“交流到期”。《党政领导干部交流工作规定》规定党政领导干部在同一职位任职满十年的应当交流，企业领导岗位通常参照执行。未设定规则的层次不列出。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层次</translation>
    </message>
    <message>
        <source>Rule applies</source>
        <translation>启用规则</translation>
    </message>
    <message>
        <source>Years in one post</source>
        <translation>同一岗位任职年限</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message numerus="yes">
        <source>Model: %n years</source>
        <translation>
            <numerusform>参照：%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the ten years of 《党政领导干部交流工作规定》 to this level</source>
        <translation>对这一层次参照《党政领导干部交流工作规定》的十年规定</translation>
    </message>
</context>
<context>
    <name>rongpei::FeedbackDialog</name>
    <message>
        <source>Feedback forms: %1</source>
        <translation>反馈表：%1</translation>
    </message>
    <message>
        <source>One row per paper form. Type a rating from 1 (poor) to 5 (excellent): the cursor moves to the next question. Tab moves between cells, Delete clears one. Choose the participant, or leave the form anonymous: an anonymous form names nobody.</source>
        <translation>每张纸质反馈表录一行。输入 1（差）至 5（很好）的评分，光标自动移到下一题；Tab 在单元格间移动，Delete 清除。选择填表学员，或保留匿名：匿名表不记录任何人。</translation>
    </message>
    <message>
        <source>&amp;Remove form</source>
        <translation>删除反馈表(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected forms (Ctrl+Delete)</source>
        <translation>删除所选反馈表（Ctrl+Delete）</translation>
    </message>
</context>
<context>
    <name>rongpei::FeedbackEntryModel</name>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(new form)</source>
        <translation>（新反馈表）</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>%1: 1 (poor) to 5 (excellent)</source>
        <translation>%1：1（差）至 5（很好）</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见建议</translation>
    </message>
</context>
<context>
    <name>rongpei::FeedbackQuestionsDialog</name>
    <message>
        <source>Feedback form questions</source>
        <translation>反馈表问题</translation>
    </message>
    <message>
        <source>Each question is rated 1–5 on every form. Uncheck a question to stop asking it: the ratings it has are kept.</source>
        <translation>每份反馈表对每个问题打 1–5 分。取消勾选即停用该问题，已有评分仍保留。</translation>
    </message>
    <message>
        <source>&amp;Reword…</source>
        <translation>改写(&amp;R)…</translation>
    </message>
    <message>
        <source>Only a question no form has rated can be removed; uncheck the others</source>
        <translation>只有尚无评分的问题可以删除；其他问题请取消勾选停用</translation>
    </message>
    <message>
        <source>Added by an administrator</source>
        <translation>管理员增加</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Reword question</source>
        <translation>改写问题</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <source>Remove the question &quot;%1&quot; from the form?</source>
        <translation>从反馈表中删除问题“%1”？</translation>
    </message>
</context>
<context>
    <name>rongpei::FeedbackRepository</name>
    <message numerus="yes">
        <source>%n ratings of feedback forms</source>
        <translation>
            <numerusform>反馈表中的 %n 项评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback forms</source>
        <translation>
            <numerusform>%n 份反馈表</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the question.</source>
        <translation>请输入评估题目。</translation>
    </message>
    <message numerus="yes">
        <source>The question is longer than %n characters.</source>
        <translation>
            <numerusform>题目超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The form already asks &quot;%1&quot;.</source>
        <translation>反馈表中已有题目“%1”。</translation>
    </message>
    <message>
        <source>This question no longer exists; it may have been deleted.</source>
        <translation>该题目已不存在，可能已被删除。</translation>
    </message>
    <message numerus="yes">
        <source>The question cannot be deleted: %n forms rated it. Retire it instead; their ratings stay.</source>
        <translation>
            <numerusform>该题目不能删除：已有 %n 份反馈表对其评分。请改为停用，已有评分保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Form %1 is anonymous but names a participant: an anonymous form names nobody.</source>
        <translation>第 %1 份反馈表为匿名却填了学员：匿名表不能记录任何人。</translation>
    </message>
    <message>
        <source>Form %1 names no participant: choose one, or mark the form anonymous.</source>
        <translation>第 %1 份反馈表没有填学员：请选择学员，或设为匿名。</translation>
    </message>
    <message>
        <source>Form %1 names someone who is not a participant of this class.</source>
        <translation>第 %1 份反馈表填写的人不是本班学员。</translation>
    </message>
    <message>
        <source>Forms %1 and %2 name the same participant: each fills in one form.</source>
        <translation>第 %1 份和第 %2 份反馈表是同一名学员：每人只填一份。</translation>
    </message>
    <message>
        <source>Form %1 rates a question that is no longer on the form; refresh and try again.</source>
        <translation>第 %1 份反馈表评了已不在表中的题目，请刷新后重试。</translation>
    </message>
    <message>
        <source>Form %1 rates &quot;%2&quot; %3: ratings go from %4 to %5.</source>
        <translation>第 %1 份反馈表“%2”评为 %3：评分须在 %4 至 %5 之间。</translation>
    </message>
    <message>
        <source>Form %1 is empty: rate at least one question.</source>
        <translation>第 %1 份反馈表是空的：请至少评一题。</translation>
    </message>
    <message numerus="yes">
        <source>The comments of form %1 are longer than %n characters.</source>
        <translation>
            <numerusform>第 %1 份反馈表的意见建议超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>This class no longer exists; it may have been deleted.</source>
        <translation>该培训班已不存在，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>rongpei::FeedbackText</name>
    <message>
        <source>No feedback forms yet (Ctrl+Shift+F enters them).</source>
        <translation>尚无反馈表（按 Ctrl+Shift+F 录入）。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Feedback: %n form(s)</source>
        <translation>
            <numerusform>反馈：%n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 % of participants</source>
        <translation>，占学员 %1 %</translation>
    </message>
    <message numerus="yes">
        <source> (%n anonymous)</source>
        <translation>
            <numerusform>（其中匿名 %n 份）</numerusform>
        </translation>
    </message>
    <message>
        <source> · mean %1 of 5</source>
        <translation> · 平均 %1 分（满分 5）</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1 分：%2 %</translation>
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
    <name>rongpei::FollowUpDialog</name>
    <message>
        <source>Follow-up rating</source>
        <translation>训后跟踪评价评分</translation>
    </message>
    <message>
        <source>1 does not apply it, 3 applies it in part, 5 applies it fully and passes it on</source>
        <translation>1 分：未运用；3 分：部分运用；5 分：充分运用并带动他人</translation>
    </message>
    <message>
        <source>the supervisor</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>&amp;Rating (1–5):</source>
        <translation>评分（1–5）(&amp;R)：</translation>
    </message>
    <message>
        <source>Rated &amp;on:</source>
        <translation>评价日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Rated &amp;by:</source>
        <translation>评价人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>rongpei::FollowUpPage</name>
    <message>
        <source>Rate…</source>
        <translation>评分…</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s rating of the selected follow-up (Enter, or type 1–5)</source>
        <translation>录入所选训后跟踪评价的上级评分（Enter，或直接键入 1–5）</translation>
    </message>
    <message>
        <source>Take back rating</source>
        <translation>撤回评分</translation>
    </message>
    <message>
        <source>Take back the rating of the selected follow-up (Delete)</source>
        <translation>撤回所选训后跟踪评价的评分（Delete）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Search participant, branch, class or rater (Ctrl+F)</source>
        <translation>搜索学员、党支部、培训班或评价人（Ctrl+F）</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>全部训后跟踪评价</translation>
    </message>
    <message>
        <source>Due, not rated</source>
        <translation>已到期未评</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>训后跟踪评价</translation>
    </message>
    <message>
        <source>%1 due and not rated, %2 not due yet, %3 rated (mean %4): the follow-ups of the classes that ended in %5 or falling due in it, and those still unrated from the year before. A follow-up falls due %6 days after an off-the-job class its participant completed; select one and type 1–5 to rate it.</source>
        <translation>已到期未评 %1 条，未到期 %2 条，已评分 %3 条（平均 %4 分）：列出%5结业或到期的训后跟踪评价，以及上一年到期仍未评分的。学员结业于脱产培训班后 %6 天到期；选中一条直接键入 1–5 即可评分。</translation>
    </message>
    <message>
        <source>Rate follow-up</source>
        <translation>训后跟踪评价评分</translation>
    </message>
    <message>
        <source>%1 rated %2. Ctrl+Z takes it back.</source>
        <translation>%1 评为 %2 分。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>%1 (%2), who completed %3 on %4: how do they apply it on the job?</source>
        <translation>%1（%2）于 %4 结业于%3：在岗位上运用所学的情况如何？</translation>
    </message>
    <message>
        <source>Rating saved.</source>
        <translation>评分已保存。</translation>
    </message>
    <message>
        <source>Take back the follow-up rating of %1 for %2?

You can undo this with Ctrl+Z.</source>
        <translation>撤回 %1 在%2的训后跟踪评价评分？

可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Rating taken back. Ctrl+Z brings it back.</source>
        <translation>评分已撤回。按 Ctrl+Z 恢复。</translation>
    </message>
</context>
<context>
    <name>rongpei::FollowUpRepository</name>
    <message numerus="yes">
        <source>%n follow-up evaluations</source>
        <translation>
            <numerusform>%n 条训后跟踪评价</numerusform>
        </translation>
    </message>
    <message>
        <source>This class no longer exists; it may have been deleted.</source>
        <translation>该培训班已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Only an off-the-job class is followed up.</source>
        <translation>只有脱产培训班才做训后跟踪评价。</translation>
    </message>
    <message>
        <source>Only a participant who completed the class is followed up.</source>
        <translation>只对结业学员做训后跟踪评价。</translation>
    </message>
    <message>
        <source>The rating is %1: ratings go from %2 to %3.</source>
        <translation>评分为 %1：评分须在 %2 至 %3 之间。</translation>
    </message>
    <message>
        <source>Enter the day of the rating.</source>
        <translation>请输入评价日期。</translation>
    </message>
    <message>
        <source>The day of the rating is in the future.</source>
        <translation>评价日期在今天之后。</translation>
    </message>
    <message>
        <source>The rating cannot be before the class ended (%1).</source>
        <translation>评价日期不能早于培训班结束日（%1）。</translation>
    </message>
    <message>
        <source>The rater or the notes are too long.</source>
        <translation>评价人或备注过长。</translation>
    </message>
    <message>
        <source>This follow-up no longer exists; it may have been deleted.</source>
        <translation>该训后跟踪评价已不存在，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>rongpei::FollowUpTableModel</name>
    <message>
        <source>Due, not rated</source>
        <translation>已到期未评</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Rated on %1</source>
        <translation>%1 已评</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Class ended</source>
        <translation>结业日期</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>评分（1–5）</translation>
    </message>
    <message>
        <source>Rated by</source>
        <translation>评价人</translation>
    </message>
</context>
<context>
    <name>rongpei::GlobalOptions</name>
    <message>
        <source>Show this help; with a command, the command&apos;s options.</source>
        <translation>显示本帮助；与命令一起使用时，显示该命令的选项。</translation>
    </message>
    <message>
        <source>Show the version of rongpei-cli.</source>
        <translation>显示 rongpei-cli 的版本。</translation>
    </message>
    <message>
        <source>The language of messages and tables: zh_CN or en (default: the language chosen in RongPei&apos;s settings). CSV stays in English.</source>
        <translation>提示信息和表格的语言：zh_CN 或 en（默认：融培台账设置中选择的语言）。CSV 始终为英文。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>On failure, also print what the check found, in the words of the storage engine (English), for whoever supports RongPei.</source>
        <translation>出错时另外输出检查发现的详细情况（存储引擎的英文原文），供技术支持人员查看。</translation>
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
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>The demo file has three users: admin (administrator), manager (manager) and clerk (clerk of %1), each with the password %2.</source>
        <translation>演示数据库有三位用户：admin（系统管理员）、manager（主管）和 clerk（%1经办人），密码均为 %2。</translation>
    </message>
    <message>
        <source>The audit trail of %1 no longer holds change %2 as this computer saw it saved: the file was replaced by an older copy, or its history was rewritten. If no backup was restored on purpose, tell the administrator.</source>
        <translation>%1 的审计记录中已没有本机看到保存的第 %2 条变更：文件被换成了旧副本，或其历史被重写。如并非有意恢复备份，请告知系统管理员。</translation>
    </message>
</context>
<context>
    <name>rongpei::HistoryCommand</name>
    <message>
        <source>The kind of record: %1.</source>
        <translation>记录种类：%1。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>The record&apos;s uuid, or a cadre&apos;s employee number.</source>
        <translation>记录的 uuid，或干部的工号。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Print a record&apos;s history: when, who, and what each field was before; changes nothing.</source>
        <translation>列出一条记录的修改历史：何时、何人、各字段原值；不修改任何内容。</translation>
    </message>
    <message>
        <source>--kind must be one of: %1.</source>
        <translation>--kind 只能是以下之一：%1。</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in %3, and none was ever deleted there.</source>
        <translation>%3 中没有%1“%2”，也没有删除过这样的记录。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of %1 %2.</source>
        <translation>
            <numerusform>%1 %2 共 %n 项修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rongpei::HistoryDialog</name>
    <message>
        <source>Search the history (Ctrl+F)</source>
        <translation>搜索修改历史（Ctrl+F）</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改历史</translation>
    </message>
</context>
<context>
    <name>rongpei::HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>rongpei::HourConversionDialog</name>
    <message>
        <source>Edit hour conversion: %1</source>
        <translation>编辑学时折算：%1</translation>
    </message>
    <message>
        <source>New hour conversion</source>
        <translation>新增学时折算</translation>
    </message>
    <message>
        <source>The hours every session of this kind earns, whatever its length.</source>
        <translation>此类活动无论时长，每次计入的学时。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Fixed &amp;hours:</source>
        <translation>固定学时(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>依据(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>rongpei::ListEditorDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>增加(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
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
        <translation>新增(&amp;N)…</translation>
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
    <message>
        <source>Scope and period</source>
        <translation>范围与期间</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;table…</source>
        <translation>打印表格(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>导出表格(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>上一期(&amp;P)</translation>
    </message>
    <message>
        <source>N&amp;ext period</source>
        <translation>下一期(&amp;E)</translation>
    </message>
    <message>
        <source>Choose &amp;scope…</source>
        <translation>选择范围(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>刷新(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved by another window or by rongpei-cli are shown.</source>
        <translation>
            <numerusform>已显示其他窗口或 rongpei-cli 保存的 %n 项修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lock RongPei</source>
        <translation>锁定融培台账(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
</context>
<context>
    <name>rongpei::MeetingCalendarPage</name>
    <message>
        <source>Missed and due</source>
        <translation>逾期未开和待召开</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>党支部：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue meetings&lt;/b&gt;</source>
        <translation>&lt;b&gt;逾期会议&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings (三会一课)</source>
        <translation>三会一课</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the branch&apos;s calendar above.</source>
        <translation>双击或按回车键，在上方显示该党支部的日历。</translation>
    </message>
    <message numerus="yes">
        <source>, in %n branch(es)</source>
        <translation>
            <numerusform>，涉及 %n 个党支部</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers are meetings held in the month. Green: the required meeting of the period was held; red: missed; amber: due and not yet held; grey: not yet due, or before the branch&apos;s records start. A star (2*): a meeting of the month was held without its minutes or its signed sign-in sheet attached; the study page&apos;s file filter lists them.</source>
        <translation>数字为当月召开的会议次数。绿色：该期要求的会议已召开；红色：逾期未开；黄色：待召开；灰色：未到期，或在党支部启用日期之前。带星号（如 2*）：当月有已召开的会议缺少会议记录或签到表，可在理论学习页的附件筛选中列出。</translation>
    </message>
    <message numerus="yes">
        <source>%n held without minutes attached</source>
        <translation>
            <numerusform>%n 次已召开但缺会议记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held without a signed sign-in sheet attached</source>
        <translation>
            <numerusform>%n 次已召开但缺签到表</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rongpei::MeetingRuleDialog</name>
    <message>
        <source>Edit meeting rule</source>
        <translation>编辑会议频次</translation>
    </message>
    <message>
        <source>New meeting rule</source>
        <translation>新增会议频次</translation>
    </message>
    <message>
        <source>Every branch</source>
        <translation>所有党支部</translation>
    </message>
    <message>
        <source>A rule for one branch overrides the rule for every branch.</source>
        <translation>针对某一党支部的规则优先于适用所有党支部的规则。</translation>
    </message>
    <message>
        <source>&amp;Kind of meeting:</source>
        <translation>活动类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>党支部(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>频次(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>依据(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>rongpei::ModulePage</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>This page has no table to print.</source>
        <translation>本页没有可打印的表格。</translation>
    </message>
    <message>
        <source>This page has no table to export.</source>
        <translation>本页没有可导出的表格。</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 行到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rongpei::Modules</name>
    <message>
        <source>Organisation and cadres</source>
        <translation>组织与干部</translation>
    </message>
    <message>
        <source>Theory study</source>
        <translation>理论学习</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>台账管理</translation>
    </message>
    <message>
        <source>Management training</source>
        <translation>经营管理培训</translation>
    </message>
    <message>
        <source>Rotation and projects</source>
        <translation>轮岗与项目</translation>
    </message>
</context>
<context>
    <name>rongpei::OpeningHoursDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Opening hours of %1 (%2)</source>
        <translation>%1（%2）的期初学时</translation>
    </message>
    <message>
        <source>Hours the cadre earned in a year before these records began, e.g. from a training certificate or the paper records. They count toward the hour requirements like hours earned in sessions.</source>
        <translation>本台账启用之前该干部在某一年度已完成的学时，例如依据培训结业证书或纸质台账。期初学时与学习活动所得学时一样计入学时要求。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Where they come from</source>
        <translation>来源依据</translation>
    </message>
    <message>
        <source>e.g. 2025年集中轮训结业证书</source>
        <translation>例如：2025年集中轮训结业证书</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>学时(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>来源依据(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Save year</source>
        <translation>保存该年度(&amp;S)</translation>
    </message>
    <message>
        <source>Adds the hours of the year, or replaces those already entered for it</source>
        <translation>新增该年度的期初学时；该年度已有的，予以替换</translation>
    </message>
    <message>
        <source>Delete opening hours</source>
        <translation>删除期初学时</translation>
    </message>
    <message>
        <source>Delete the opening hours of %1 for %2?</source>
        <translation>确定删除%1 %2年度的期初学时吗？</translation>
    </message>
</context>
<context>
    <name>rongpei::OpeningHoursRepository</name>
    <message numerus="yes">
        <source>%n opening balance(s) of hours</source>
        <translation>
            <numerusform>%n 条期初学时</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a year from 1990 to %1.</source>
        <translation>请选择1990年至%1年之间的年度。</translation>
    </message>
    <message>
        <source>Enter more than 0 and at most %1 hours.</source>
        <translation>请输入大于0、不超过%1的学时。</translation>
    </message>
    <message>
        <source>Say where the hours come from, e.g. a training certificate or the paper records.</source>
        <translation>请填写学时的来源依据，例如培训结业证书或纸质台账。</translation>
    </message>
    <message>
        <source>The cadre is no longer in the roster; refresh and try again.</source>
        <translation>该干部已不在干部名册中，请刷新后重试。</translation>
    </message>
    <message>
        <source>The cadre already has opening hours for %1; edit those instead.</source>
        <translation>该干部已有%1年度的期初学时，请修改原记录。</translation>
    </message>
    <message>
        <source>These opening hours were deleted meanwhile; refresh and try again.</source>
        <translation>该期初学时已被删除，请刷新后重试。</translation>
    </message>
    <message>
        <source>These opening hours are already there.</source>
        <translation>该期初学时已存在。</translation>
    </message>
</context>
<context>
    <name>rongpei::OptionalDateEdit</name>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
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
    <message>
        <source>The 三会一课 calendar and the hour requirements count from this day; set it earlier to record older sessions.</source>
        <translation>三会一课日历和学时要求从这一天起计算；补录更早的活动时请改早。</translation>
    </message>
    <message>
        <source>Records &amp;start:</source>
        <translation>启用日期(&amp;S)：</translation>
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
        <source>Delete unit</source>
        <translation>删除单位</translation>
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
    <message>
        <source>Unit moved and saved. Ctrl+Z moves it back.</source>
        <translation>单位已移动并保存。可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?

You can undo this with Ctrl+Z.</source>
        <translation>确定删除“%1”吗？

可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Unit deleted. Ctrl+Z brings it back.</source>
        <translation>单位已删除。可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>修改已保存。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected unit: its name and, for a branch, its records start (Enter)</source>
        <translation>编辑所选单位：名称，党支部还有启用日期（Enter）</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>修改历史：%1</translation>
    </message>
</context>
<context>
    <name>rongpei::OrganizationRecordKind</name>
    <message>
        <source>Organisation unit</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>所属党支部</translation>
    </message>
    <message>
        <source>Place in the list</source>
        <translation>排列顺序</translation>
    </message>
    <message>
        <source>Records kept since</source>
        <translation>台账起始日期</translation>
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
    <message>
        <source>&quot;%1&quot; is already in the organisation.</source>
        <translation>“%1”已在组织机构中。</translation>
    </message>
    <message>
        <source>The kind of a unit cannot be changed.</source>
        <translation>单位的类型不能更改。</translation>
    </message>
    <message>
        <source>The records of a branch cannot start after today.</source>
        <translation>党支部的启用日期不能晚于今天。</translation>
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
    <name>rongpei::OverdueTableModel</name>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>%1 first half</source>
        <translation>%1年上半年</translation>
    </message>
    <message>
        <source>%1 second half</source>
        <translation>%1年下半年</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>rongpei::ParticipantTableModel</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>干部类别</translation>
    </message>
    <message>
        <source>Attended hours</source>
        <translation>出勤学时</translation>
    </message>
    <message>
        <source>Leave and absence</source>
        <translation>请假缺勤学时</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>考核成绩</translation>
    </message>
    <message>
        <source>Hours earned</source>
        <translation>所得学时</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>rongpei::PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>设置 %1 的密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>rongpei::PasswordFields</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>两次输入的密码不同：请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>rongpei::Period</name>
    <message>
        <source>%1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>%2/%1</source>
        <translation>%1年%2月</translation>
    </message>
</context>
<context>
    <name>rongpei::PersonalDataPurge</name>
    <message>
        <source>Only a deleted cadre&apos;s data can be purged: delete the cadre first.</source>
        <translation>只能清除已删除干部的数据：请先删除该干部。</translation>
    </message>
    <message numerus="yes">
        <source>This cadre was deleted on %1; their data is kept for %n year(s) after that.</source>
        <translation>
            <numerusform>该干部于 %1 删除；其数据在删除后保留 %n 年。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rongpei::PlanDialog</name>
    <message>
        <source> hours</source>
        <translation> 学时</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Target hours</source>
        <translation>目标学时</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Development plan %1: %2</source>
        <translation>%1年培养规划：%2</translation>
    </message>
    <message>
        <source>New development plan</source>
        <translation>新建培养规划</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>The management hours planned in each category; their sum may not exceed the management target. Type a number in a row to set it.</source>
        <translation>各类别计划的经营管理学时，合计不得超过经营管理目标学时。在行中键入数字即可设置。</translation>
    </message>
    <message>
        <source>%1 (%2 hours)</source>
        <translation>%1（%2 学时）</translation>
    </message>
    <message>
        <source>&amp;Add course</source>
        <translation>添加课程(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected course from the plan (Delete)</source>
        <translation>从规划中移除所选课程（Delete）</translation>
    </message>
    <message>
        <source>e.g. three months in the finance department</source>
        <translation>例如：到财务部挂职三个月</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>建议(&amp;S)</translation>
    </message>
    <message>
        <source>Propose targets and courses from the cadre&apos;s track, level, post and last year&apos;s record (Ctrl+G); what is in the form is replaced</source>
        <translation>按干部类别、层次、岗位和上一年的记录提出目标和课程（Ctrl+G）；将替换表中现有内容</translation>
    </message>
    <message>
        <source>&amp;Cadre:</source>
        <translation>干部(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Political theory:</source>
        <translation>政治理论(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Management skill:</source>
        <translation>经营管理(&amp;M)：</translation>
    </message>
    <message>
        <source>By ca&amp;tegory:</source>
        <translation>分类别(&amp;T)：</translation>
    </message>
    <message>
        <source>Required c&amp;ourses:</source>
        <translation>必修课程(&amp;O)：</translation>
    </message>
    <message>
        <source>Planned &amp;rotation or project:</source>
        <translation>计划挂职轮岗或项目(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>培养目标(&amp;G)：</translation>
    </message>
    <message>
        <source>(course %1)</source>
        <translation>（课程 %1）</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message>
        <source>Why this plan:
%1</source>
        <translation>建议理由：
%1</translation>
    </message>
</context>
<context>
    <name>rongpei::PlanPage</name>
    <message>
        <source>development plan %1</source>
        <translation>%1年培养规划</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建规划</translation>
    </message>
    <message>
        <source>Make a development plan for a cadre (Ctrl+N)</source>
        <translation>为一名干部制定培养规划（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected plan (Enter)</source>
        <translation>编辑所选规划（Enter）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected plan (Delete)</source>
        <translation>删除所选规划（Delete）</translation>
    </message>
    <message>
        <source>Suggest plans…</source>
        <translation>建议规划…</translation>
    </message>
    <message>
        <source>Suggest plans for every cadre in scope who has none this year, to review in one list (Ctrl+Shift+G)</source>
        <translation>为范围内本年尚无规划的所有干部生成建议，在一个列表中审阅（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Search name, employee no., branch or course (Ctrl+F)</source>
        <translation>搜索姓名、工号、党支部或课程（Ctrl+F）</translation>
    </message>
    <message>
        <source>Both tracks</source>
        <translation>两类干部</translation>
    </message>
    <message>
        <source>The progress could not be computed: %1</source>
        <translation>无法计算进度：%1</translation>
    </message>
    <message>
        <source>Development plans</source>
        <translation>培养规划</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) of %1 shown; on average %2 % reached, %3 behind the %4 % of the year gone. Progress is computed from the study sessions and classes recorded; hover over a row for its goals.</source>
        <translation>
            <numerusform>显示 %1 年 %n 份规划，平均完成 %2%，%3 份落后于全年已过的 %4%。进度按已记录的学习活动和培训班计算；鼠标停留在一行上可看到培养目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>规划已保存。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>修改已保存。</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>删除规划</translation>
    </message>
    <message>
        <source>Delete the development plan %1 of %2?

You can undo this with Ctrl+Z.</source>
        <translation>删除%2的 %1 年培养规划？

可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Plan deleted. Ctrl+Z brings it back.</source>
        <translation>规划已删除。按 Ctrl+Z 恢复。</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) accepted. Ctrl+Z takes them back.</source>
        <translation>
            <numerusform>已采纳 %n 份规划。按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>History: development plan %1 of %2</source>
        <translation>修改历史：%2的 %1 年培养规划</translation>
    </message>
</context>
<context>
    <name>rongpei::PlanProgressTableModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>Goals: %1
Planned rotation or project: %2</source>
        <translation>培养目标：%1
计划挂职轮岗或项目：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>干部类别</translation>
    </message>
    <message>
        <source>Theory hours</source>
        <translation>理论学时</translation>
    </message>
    <message>
        <source>Management hours</source>
        <translation>经营管理学时</translation>
    </message>
    <message>
        <source>Required courses</source>
        <translation>必修课程</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>完成度</translation>
    </message>
</context>
<context>
    <name>rongpei::PlanSuggestion</name>
    <message>
        <source>%1 (the catalogue has no active course of %2 yet: add one, or find one outside)</source>
        <translation>%1（课程库中尚无在用的%2课程：请新增，或另找外部课程）</translation>
    </message>
    <message>
        <source>Behind on political theory: %1 study hours in %2, below the %3 a year asks.</source>
        <translation>政治理论学习不足：%2 年学习 %1 学时，低于每年 %3 学时的要求。</translation>
    </message>
    <message>
        <source>Political theory: the %1 study hours a year that the hour requirement asks.</source>
        <translation>政治理论：学时要求规定的每年 %1 学时。</translation>
    </message>
    <message>
        <source>Political theory: %1 study hours, the usual yearly target.</source>
        <translation>政治理论：%1 学时，通常的年度目标。</translation>
    </message>
    <message>
        <source>A party-affairs cadre with no management training in %1: financial analysis first, to read the business they serve.</source>
        <translation>党务干部 %1 年没有参加经营管理培训：先学财务分析，读懂所服务的业务。</translation>
    </message>
    <message>
        <source>A party-affairs cadre with no financial analysis training in %1.</source>
        <translation>党务干部 %1 年没有参加财务分析培训。</translation>
    </message>
    <message>
        <source>A middle or senior cadre (%1) with no strategic management training in %2.</source>
        <translation>中层及以上干部（%1）%2 年没有参加战略管理培训。</translation>
    </message>
    <message>
        <source>The post &quot;%1&quot; calls for %2, which %3 had none of.</source>
        <translation>岗位“%1”需要%2方面的培训，%3 年没有参加。</translation>
    </message>
    <message>
        <source>Management skill: %1 hours, the categories&apos; targets and at least %2.</source>
        <translation>经营管理能力：%1 学时，即各类别目标之和，且不少于 %2 学时。</translation>
    </message>
    <message>
        <source>A rotation to a production or operations post, or a joint project with one</source>
        <translation>到生产经营岗位轮岗，或与生产经营部门合作开展项目</translation>
    </message>
    <message>
        <source>A party-affairs cadre learns the business best on an operations post.</source>
        <translation>党务干部在生产经营岗位上最能熟悉业务。</translation>
    </message>
    <message>
        <source>Party work practice: a role on the branch committee or a party project</source>
        <translation>党务工作实践：担任支部委员或参与党建项目</translation>
    </message>
    <message>
        <source>An operations cadre behind on theory takes part in party work.</source>
        <translation>理论学习不足的生产经营干部参与党务工作。</translation>
    </message>
</context>
<context>
    <name>rongpei::PlanSuggestionsDialog</name>
    <message>
        <source>&amp;Accept checked</source>
        <translation>采纳勾选(&amp;A)</translation>
    </message>
    <message>
        <source>Suggested development plans %1: %2</source>
        <translation>%1年培养规划建议：%2</translation>
    </message>
    <message>
        <source>For each cadre at work in %1 without a development plan for %2, RongPei proposes one from their track, level, post and the records of %3. Check those to accept; each can be edited afterwards on the page.</source>
        <translation>%1在岗干部中尚无 %2 年培养规划的，融培台账按其干部类别、层次、岗位和 %3 年的记录各提出一份建议。勾选要采纳的；采纳后仍可在页面上逐份修改。</translation>
    </message>
    <message>
        <source>Search name, employee no. or course</source>
        <translation>搜索姓名、工号或课程</translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation>全选(&amp;L)</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>干部类别</translation>
    </message>
    <message>
        <source>Theory hours</source>
        <translation>理论学时</translation>
    </message>
    <message>
        <source>Management hours</source>
        <translation>经营管理学时</translation>
    </message>
    <message>
        <source>Required courses</source>
        <translation>必修课程</translation>
    </message>
    <message>
        <source>Rotation or project</source>
        <translation>挂职轮岗或项目</translation>
    </message>
    <message>
        <source>The suggestions could not be made: %1</source>
        <translation>无法生成建议：%1</translation>
    </message>
    <message>
        <source>Making the suggestions…</source>
        <translation>正在生成建议…</translation>
    </message>
    <message>
        <source>Every cadre at work here has a development plan for this year already.</source>
        <translation>这里的在岗干部本年都已有培养规划。</translation>
    </message>
    <message>
        <source>Select a row to see why it is proposed.</source>
        <translation>选中一行可查看建议理由。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Why this plan for %1:</source>
        <translation>为%1提出的理由：</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n suggestion(s) checked</source>
        <translation>
            <numerusform>已勾选 %1 / %n 份建议</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept suggestions</source>
        <translation>采纳建议</translation>
    </message>
</context>
<context>
    <name>rongpei::PlanText</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>政治理论</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>经营管理</translation>
    </message>
    <message>
        <source>Courses done</source>
        <translation>已完成课程</translation>
    </message>
    <message>
        <source>Courses open</source>
        <translation>未完成课程</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n 份规划</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 % on average</source>
        <translation>，平均完成 %1 %</translation>
    </message>
</context>
<context>
    <name>rongpei::PlansCommand</name>
    <message>
        <source>The year of the plans (YYYY).</source>
        <translation>规划年度（YYYY）。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Only this branch, or the branches of this party committee; COMMITTEE/BRANCH for a name that several committees use.</source>
        <translation>只列此支部，或此党委下属各支部；多个党委下有同名支部时写作“党委/支部”。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>csv (a fixed English header, in every language) or table (default table).</source>
        <translation>csv（表头固定为英文，不随语言变化）或 table（默认 table）。</translation>
    </message>
    <message>
        <source>List a year&apos;s development plans with target and earned hours and the courses done and open; changes nothing.</source>
        <translation>列出某年度的培养规划，含目标学时与已获学时、已完成和未完成的课程；不做任何修改。</translation>
    </message>
    <message>
        <source>--year must be a year from 2000 to 2100.</source>
        <translation>--year 须为 2000 至 2100 之间的年份。</translation>
    </message>
</context>
<context>
    <name>rongpei::PostHistoryDialog</name>
    <message>
        <source>post %1</source>
        <translation>岗位 %1</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>任职起始日期</translation>
    </message>
    <message>
        <source>Party branch or unit</source>
        <translation>党支部或单位</translation>
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
        <source>Recorded by</source>
        <translation>记录来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>To</source>
        <translation>派驻单位和岗位</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Post history: %1</source>
        <translation>任职经历：%1</translation>
    </message>
    <message>
        <source>&amp;Add earlier post…</source>
        <translation>补录早年经历(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
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
        <source>Rotations:</source>
        <translation>轮岗交流：</translation>
    </message>
    <message>
        <source>This cadre is no longer in the roster.</source>
        <translation>该干部已不在名册中。</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds the post %2 since %3: %n full year(s).</source>
        <translation>
            <numerusform>%1 自 %3 起任 %2，已满 %n 年。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds the post %2; since when is not recorded. Add the earlier posts, or the cadre&apos;s hire date, to know it.</source>
        <translation>%1 现任 %2，任职起始日期没有记录。补录早年经历或填写入职日期后即可得知。</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>删除任职经历</translation>
    </message>
    <message>
        <source>Delete the post %1 from the history?

You can undo this with Ctrl+Z.</source>
        <translation>确定从任职经历中删除“%1”吗？

可按 Ctrl+Z 撤销。</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds the post %2 since %3, the hire date, as far as the records tell: %n full year(s). Add the earlier posts if there were any.</source>
        <translation>
            <numerusform>按现有记录，%1 自入职（%3）起任 %2，已满 %n 年。如有早年经历，请补录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rongpei::PostHistoryRepository</name>
    <message>
        <source>This cadre no longer exists; they may have been deleted.</source>
        <translation>该干部已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>The day the post took effect cannot be in the future.</source>
        <translation>任职起始日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose an existing party branch.</source>
        <translation>请选择现有的党支部。</translation>
    </message>
    <message>
        <source>Choose a department of that branch.</source>
        <translation>请选择该党支部的部门。</translation>
    </message>
    <message>
        <source>Choose the branch, or name the unit outside the enterprise.</source>
        <translation>请选择党支部，或填写企业外单位的名称。</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>名称超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the post.</source>
        <translation>请填写岗位。</translation>
    </message>
    <message numerus="yes">
        <source>The post is longer than %n characters.</source>
        <translation>
            <numerusform>岗位超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes may hold at most %n characters.</source>
        <translation>
            <numerusform>备注最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The history already has a post from %1; change that one instead.</source>
        <translation>任职经历中已有自 %1 起的一条，请修改那一条。</translation>
    </message>
    <message>
        <source>The history already has a post held since an unrecorded day; give this one the day it took effect.</source>
        <translation>任职经历中已有一条起始日期未记录的，请为这一条填写任职起始日期。</translation>
    </message>
    <message>
        <source>This post is no longer in the history; it may have been deleted.</source>
        <translation>这条任职经历已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>This post is already in the history.</source>
        <translation>这条任职经历已在列表中。</translation>
    </message>
    <message numerus="yes">
        <source>%n posts of a post history</source>
        <translation>
            <numerusform>%n 条任职经历</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s post history already has a post from %2, after %3: the change cannot be dated earlier. Check the post history first.</source>
        <translation>%1 的任职经历中已有自 %2 起的一条，晚于 %3：变动不能早于它。请先核对任职经历。</translation>
    </message>
</context>
<context>
    <name>rongpei::PostRecordDialog</name>
    <message>
        <source>Edit post</source>
        <translation>编辑任职经历</translation>
    </message>
    <message>
        <source>Add an earlier post</source>
        <translation>补录早年经历</translation>
    </message>
    <message>
        <source>The day the post took effect; leave it unknown for a post held since a day nobody recorded.</source>
        <translation>任职起始日期；不知道的可留空。</translation>
    </message>
    <message>
        <source>(a unit outside the enterprise)</source>
        <translation>（企业外单位）</translation>
    </message>
    <message>
        <source>The unit&apos;s name, when it is outside the enterprise</source>
        <translation>企业外单位的名称</translation>
    </message>
    <message>
        <source>In effect &amp;from:</source>
        <translation>任职起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Party &amp;branch:</source>
        <translation>党支部(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Unit outside:</source>
        <translation>企业外单位(&amp;U)：</translation>
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
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>rongpei::PrivateCopy</name>
    <message>
        <source>No private copy can be written in %1; check the temporary folder&apos;s space and permissions.</source>
        <translation>无法在 %1 写入临时副本，请检查临时文件夹的空间和权限。</translation>
    </message>
    <message>
        <source>No private copy can be written in %1 (%2).</source>
        <translation>无法在 %1 写入临时副本（%2）。</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); is the disk full?</source>
        <translation>无法写入 %1（%2），磁盘是否已满？</translation>
    </message>
    <message>
        <source>%1 is not RongPei&apos;s own folder for copies (it is a link, or another user&apos;s); delete it or ask the administrator, then open the file again.</source>
        <translation>%1 不是融培台账自己的副本文件夹（它是一个链接，或属于其他用户）。请删除它或联系管理员，然后重新打开文件。</translation>
    </message>
</context>
<context>
    <name>rongpei::PurgeCommand</name>
    <message>
        <source>The deleted cadre&apos;s uuid or employee number.</source>
        <translation>已删除干部的 uuid 或工号。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Years a deleted cadre&apos;s data is kept (default: the setting, %1).</source>
        <translation>已删除干部数据的保留年数（默认取设置值 %1）。</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年数</translation>
    </message>
    <message>
        <source>Remove a deleted cadre&apos;s personal data from the change journal after the retention period (administrators).</source>
        <translation>保留期满后，从变更日志中清除已删除干部的个人信息（系统管理员）。</translation>
    </message>
    <message>
        <source>--retention-years must be 0 to 100.</source>
        <translation>--retention-years 必须为 0 到 100。</translation>
    </message>
    <message>
        <source>There is no cadre &quot;%1&quot; in %2, and none was ever deleted there.</source>
        <translation>%2 中没有干部“%1”，也从未删除过该干部。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n field value(s) of the cadre %1 from the change journal; backups made before keep them until they are deleted.</source>
        <translation>
            <numerusform>已从变更日志中清除干部 %1 的 %n 项字段值；此前制作的备份仍保留这些数据，直至备份被删除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rongpei::ReadOnlyWorkspace</name>
    <message>
        <source>%1 has the file format of an older version of RongPei (version %2; this version uses %3) and was left unchanged.</source>
        <translation>%1 的文件格式较旧（版本 %2，本版本使用版本 %3），文件未作任何改动。</translation>
    </message>
    <message>
        <source>Open it in RongPei, or run: rongpei-cli upgrade --database %1</source>
        <translation>请在融培台账中打开，或运行 rongpei-cli upgrade --database %1 升级。</translation>
    </message>
</context>
<context>
    <name>rongpei::RecordCommand</name>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Feedback forms of %1</source>
        <translation>%1 的反馈表</translation>
    </message>
    <message>
        <source>Follow-up of %1</source>
        <translation>%1的训后跟踪评价</translation>
    </message>
    <message>
        <source>Move %1 to the host post</source>
        <translation>%1 留任派驻岗位</translation>
    </message>
</context>
<context>
    <name>rongpei::RecordDialog</name>
    <message>
        <source>Histor&amp;y…</source>
        <translation>修改历史(&amp;Y)…</translation>
    </message>
    <message>
        <source>Every change of this record: when, by whom, and what each field was before</source>
        <translation>这条记录的每次修改：何时、何人、各字段原来的内容</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>While you were editing, this record was changed by %1 at %2.

Reload it to see that change (your edits here are dropped), or save yours over it?</source>
        <translation>在您编辑期间，这条记录已由 %1 于 %2 修改。

重新载入以查看该修改（您在此处的编辑将被放弃），还是用您的内容覆盖？</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save mine over it</source>
        <translation>用我的内容覆盖(&amp;S)</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>附件：</translation>
    </message>
</context>
<context>
    <name>rongpei::RecordHistory</name>
    <message>
        <source>another program</source>
        <translation>其他程序</translation>
    </message>
</context>
<context>
    <name>rongpei::RecoverPasswordDialog</name>
    <message>
        <source>Reset an administrator&apos;s password</source>
        <translation>重置系统管理员密码</translation>
    </message>
    <message>
        <source>Type the recovery key that was printed when RongPei was set up. It sets a new password for an administrator; a new key is shown afterwards.</source>
        <translation>请输入设置融培台账时打印的恢复密钥。它可为系统管理员设置新密码；之后会显示新的恢复密钥。</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>系统管理员(&amp;A)：</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>恢复密钥(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>rongpei::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>If every administrator forgets their password, this key sets a new one. It is shown only now: print it or write it down, and keep it locked away from the computer.</source>
        <translation>如果所有系统管理员都忘记了密码，可用此密钥设置新密码。它只显示这一次：请打印或抄下，并与电脑分开锁好保存。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>I have &amp;kept it</source>
        <translation>我已妥善保存(&amp;K)</translation>
    </message>
    <message>
        <source>RongPei recovery key

Database: %1

Keep this sheet locked away from the computer.</source>
        <translation>融培台账恢复密钥

数据库：%1

请将此页与电脑分开锁好保存。</translation>
    </message>
</context>
<context>
    <name>rongpei::RecycleBin</name>
    <message>
        <source>This record is no longer in the recycle bin.</source>
        <translation>这条记录已不在回收站中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been restored or changed since it was deleted; it is no longer in the recycle bin.</source>
        <translation>“%1”删除后已被恢复或修改，已不在回收站中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: a unit or person it refers to has been deleted since, or a record added since has the same employee number or name. Restore or change that record first; nothing was changed.</source>
        <translation>无法恢复“%1”：它所属的单位或人员已被删除，或之后新增的记录使用了相同的工号或名称。请先恢复或修改那条记录；未做任何更改。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1（%2 年）</translation>
    </message>
</context>
<context>
    <name>rongpei::RecycleBinPage</name>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Put the selected record back as it was, with what was deleted along with it (Enter)</source>
        <translation>将选中的记录按删除前的样子恢复，连同随它一起删除的内容（Enter）</translation>
    </message>
    <message>
        <source>Empty the recycle bin…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <source>Stop listing these records; their history is kept</source>
        <translation>不再列出这些记录；其修改历史仍保留</translation>
    </message>
    <message>
        <source>Search name, kind, branch or who deleted it (Ctrl+F)</source>
        <translation>搜索名称、种类、党支部或删除人（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s)</source>
        <translation>
            <numerusform>已删除记录 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>&quot;%1&quot; restored.</source>
        <translation>已恢复“%1”。</translation>
    </message>
    <message>
        <source>Empty the recycle bin</source>
        <translation>清空回收站</translation>
    </message>
    <message numerus="yes">
        <source>Stop listing the %n deleted record(s) here? They can then no longer be restored from here; their history stays in the change journal.</source>
        <translation>
            <numerusform>不再在此列出这 %n 条已删除记录？之后将无法从这里恢复；其修改历史仍保留在变更记录中。</numerusform>
        </translation>
    </message>
    <message>
        <source>The recycle bin was emptied.</source>
        <translation>回收站已清空。</translation>
    </message>
</context>
<context>
    <name>rongpei::RecycleBinTableModel</name>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>删除人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Name or topic</source>
        <translation>名称或主题</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>所属党支部</translation>
    </message>
    <message>
        <source>Deleted with it</source>
        <translation>随之删除</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2 条</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>rongpei::RequirementDialog</name>
    <message>
        <source>Edit hour requirement</source>
        <translation>编辑学时要求</translation>
    </message>
    <message>
        <source>New hour requirement</source>
        <translation>新增学时要求</translation>
    </message>
    <message>
        <source>1: each calendar year on its own. More: a rolling window ending with the year looked at.</source>
        <translation>1：按自然年计算。大于 1：以所查看年度为末年的滚动周期。</translation>
    </message>
    <message>
        <source>&amp;Cadres:</source>
        <translation>适用对象(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Period (years):</source>
        <translation>周期（年）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Minimum hours:</source>
        <translation>最低学时(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>依据(&amp;S)：</translation>
    </message>
    <message>
        <source>Only the hours of sessions of the ticked kinds count toward the requirement: the regulations count 集中学习培训 and 脱产培训, not branch meetings.</source>
        <translation>只有勾选类型的学习活动的学时计入本要求：条例计入的是集中学习培训和脱产培训，不含支部会议。</translation>
    </message>
    <message>
        <source>&amp;Kinds counted:</source>
        <translation>计入的活动类型(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>rongpei::RollCallModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason for leave</source>
        <translation>请假事由</translation>
    </message>
</context>
<context>
    <name>rongpei::RosterPage</name>
    <message>
        <source>New cadre</source>
        <translation>新增干部</translation>
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
        <translation>全部干部类别</translation>
    </message>
    <message>
        <source>All employment states</source>
        <translation>全部人员状态</translation>
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
        <source>%1 of %2 cadres</source>
        <translation>显示 %1 / 共 %2 名干部</translation>
    </message>
    <message>
        <source>The roster could not be read: %1</source>
        <translation>无法读取干部名册：%1</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>正在读取干部名册…</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>修改历史：%1</translation>
    </message>
</context>
<context>
    <name>rongpei::RotationDialog</name>
    <message>
        <source>Ca&amp;ncelled: the rotation will not take place or was called off</source>
        <translation>已取消(&amp;N)：不再进行或已中止</translation>
    </message>
    <message>
        <source>Edit rotation</source>
        <translation>编辑轮岗交流</translation>
    </message>
    <message>
        <source>New rotation</source>
        <translation>新增轮岗交流</translation>
    </message>
    <message>
        <source>(choose a cadre)</source>
        <translation>（请选择干部）</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Tell from the post</source>
        <translation>按岗位判断</translation>
    </message>
    <message>
        <source>Whether the host post is party affairs or operations. RongPei tells it from words of the post (书记, 组织委员 … or 经理, 车间主任 …); state it where it cannot.</source>
        <translation>派驻岗位属于党务还是生产经营。融培台账按岗位名称判断（书记、组织委员……或经理、车间主任……），判断不了的请在这里说明。</translation>
    </message>
    <message>
        <source>Approval of the extension, e.g. its document number</source>
        <translation>延期的批准文件，如文号</translation>
    </message>
    <message>
        <source>Choose &amp;mentor…</source>
        <translation>选择导师(&amp;M)…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Cadre:</source>
        <translation>干部：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;From unit:</source>
        <translation>派出单位(&amp;F)：</translation>
    </message>
    <message>
        <source>From p&amp;ost:</source>
        <translation>原岗位(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Host unit:</source>
        <translation>派驻单位(&amp;H)：</translation>
    </message>
    <message>
        <source>Host &amp;post:</source>
        <translation>派驻岗位(&amp;P)：</translation>
    </message>
    <message>
        <source>Host post&apos;s &amp;track:</source>
        <translation>派驻岗位类别(&amp;T)：</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Planned &amp;start:</source>
        <translation>计划开始(&amp;S)：</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>计划结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Actual start:</source>
        <translation>实际开始(&amp;A)：</translation>
    </message>
    <message>
        <source>Act&amp;ual end:</source>
        <translation>实际结束(&amp;U)：</translation>
    </message>
    <message>
        <source>E&amp;xtended to:</source>
        <translation>延期至(&amp;X)：</translation>
    </message>
    <message>
        <source>Extension approved by:</source>
        <translation>延期批准文号：</translation>
    </message>
    <message>
        <source>Mentor:</source>
        <translation>导师：</translation>
    </message>
    <message>
        <source>Approval document &amp;no.:</source>
        <translation>批准文号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>培养目标(&amp;G)：</translation>
    </message>
    <message>
        <source>Self-s&amp;ummary:</source>
        <translation>个人小结(&amp;U)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>State the host post&apos;s track: RongPei cannot tell it from the post.</source>
        <translation>请说明派驻岗位类别：按岗位名称无法判断。</translation>
    </message>
    <message>
        <source>%1 (told from the post)</source>
        <translation>%1（按岗位判断）</translation>
    </message>
</context>
<context>
    <name>rongpei::RotationModule</name>
    <message>
        <source>Post history</source>
        <translation>任职经历</translation>
    </message>
    <message>
        <source>Posts held and rotations of the selected cadre (Ctrl+Shift+J)</source>
        <translation>所选干部的任职经历和轮岗交流（Ctrl+Shift+J）</translation>
    </message>
</context>
<context>
    <name>rongpei::RotationPage</name>
    <message>
        <source>rotation to %1</source>
        <translation>轮岗至%1</translation>
    </message>
    <message>
        <source>Evaluation overdue</source>
        <translation>考核逾期</translation>
    </message>
    <message>
        <source>New rotation</source>
        <translation>新增轮岗</translation>
    </message>
    <message>
        <source>Plan or record a rotation (Ctrl+N)</source>
        <translation>计划或记录一次轮岗交流（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected rotation and its evaluations (Enter)</source>
        <translation>编辑所选轮岗交流及其考核（Enter）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected rotation (Delete)</source>
        <translation>删除所选轮岗交流（Delete）</translation>
    </message>
    <message>
        <source>End rotation…</source>
        <translation>结束轮岗…</translation>
    </message>
    <message>
        <source>Record the last day of the selected rotation; the cadre may stay in the host post</source>
        <translation>记录所选轮岗交流的最后一天；干部可留任派驻岗位</translation>
    </message>
    <message>
        <source>Search cadre, unit, post, kind or status (Ctrl+F)</source>
        <translation>搜索干部、单位、岗位、类型或状态（Ctrl+F）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Only rotations whose mid-term or final evaluation is overdue</source>
        <translation>只看中期或期满考核逾期的</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s)</source>
        <translation>
            <numerusform>%n 次轮岗交流</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>轮岗交流</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1（%2，%3，%4）</translation>
    </message>
    <message>
        <source>Rotation saved.</source>
        <translation>轮岗交流已保存。</translation>
    </message>
    <message>
        <source>History: rotation of %1</source>
        <translation>修改历史：%1的轮岗交流</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>修改已保存。</translation>
    </message>
    <message>
        <source>Delete rotation</source>
        <translation>删除轮岗交流</translation>
    </message>
    <message>
        <source>Delete %1&apos;s rotation to %2 with its evaluations?

You can undo this with Ctrl+Z.</source>
        <translation>确定删除%1轮岗至“%2”的记录及其考核吗？

可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Rotation deleted. Ctrl+Z brings it back.</source>
        <translation>轮岗交流已删除，可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>End rotation</source>
        <translation>结束轮岗</translation>
    </message>
    <message>
        <source>This rotation was cancelled; it cannot end.</source>
        <translation>这次轮岗交流已取消，无法结束。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>The rotation ended, but %1&apos;s post was not changed</source>
        <translation>轮岗已结束，但%1的岗位没有修改</translation>
    </message>
    <message>
        <source>End %1&apos;s rotation</source>
        <translation>结束%1的轮岗</translation>
    </message>
    <message>
        <source>Rotation ended; %1 is now %2.</source>
        <translation>轮岗已结束，%1现任%2。</translation>
    </message>
    <message>
        <source>Rotation ended.</source>
        <translation>轮岗已结束。</translation>
    </message>
    <message>
        <source>Evaluation form…</source>
        <translation>考核鉴定表…</translation>
    </message>
    <message>
        <source>Print preview of the selected rotation&apos;s evaluation form for the personnel file (Ctrl+P)</source>
        <translation>预览并打印所选轮岗交流的考核鉴定表，存入干部人事档案（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save form as PDF…</source>
        <translation>鉴定表存为 PDF…</translation>
    </message>
    <message>
        <source>Save the selected rotation&apos;s evaluation form as a PDF file</source>
        <translation>将所选轮岗交流的考核鉴定表保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Evaluation form</source>
        <translation>考核鉴定表</translation>
    </message>
    <message>
        <source>Select the rotation whose evaluation form to print.</source>
        <translation>请先选择要打印考核鉴定表的轮岗交流。</translation>
    </message>
    <message>
        <source>Save evaluation form</source>
        <translation>保存考核鉴定表</translation>
    </message>
    <message>
        <source>evaluation-form-%1.pdf</source>
        <translation>考核鉴定表-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Evaluation form saved to %1.</source>
        <translation>考核鉴定表已保存到 %1。</translation>
    </message>
    <message>
        <source>Zoom from years to days (Ctrl+wheel, Ctrl++ and Ctrl+−)</source>
        <translation>从数年缩放到数天（Ctrl+滚轮、Ctrl++ 和 Ctrl+−）</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <source>pale: planned · hatched grey: cancelled · &lt;span style=&quot;color:#d12f2f&quot;&gt;●&lt;/span&gt; evaluation overdue · red line: today</source>
        <translation>浅色：计划中 · 灰色斜线：已取消 · &lt;span style=&quot;color:#d12f2f&quot;&gt;●&lt;/span&gt; 考核逾期 · 红线：今天</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间轴(&amp;T)</translation>
    </message>
    <message>
        <source>This rotation has not begun: edit its dates, or cancel it.</source>
        <translation>这次轮岗交流尚未开始：请修改日期，或取消它。</translation>
    </message>
</context>
<context>
    <name>rongpei::RotationRecordKind</name>
    <message>
        <source>Evaluations</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>考核日期</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>考核等次</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>德</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>能</translation>
    </message>
    <message>
        <source>Diligence</source>
        <translation>勤</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>绩</translation>
    </message>
    <message>
        <source>Probity</source>
        <translation>廉</translation>
    </message>
    <message>
        <source>Host unit&apos;s comments</source>
        <translation>派驻单位评价</translation>
    </message>
    <message>
        <source>Home unit&apos;s opinion</source>
        <translation>派出单位意见</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>轮岗交流</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From unit</source>
        <translation>派出单位</translation>
    </message>
    <message>
        <source>From post</source>
        <translation>原岗位</translation>
    </message>
    <message>
        <source>From track</source>
        <translation>原干部类别</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>派驻单位</translation>
    </message>
    <message>
        <source>Host post</source>
        <translation>派驻岗位</translation>
    </message>
    <message>
        <source>Host post&apos;s track</source>
        <translation>派驻岗位类别</translation>
    </message>
    <message>
        <source>Planned first day</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <source>Planned last day</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <source>Actual first day</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <source>Actual last day</source>
        <translation>实际结束</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>延期至</translation>
    </message>
    <message>
        <source>Extension approved by</source>
        <translation>延期批准文号</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>培养目标</translation>
    </message>
    <message>
        <source>Approval document no.</source>
        <translation>批准文号</translation>
    </message>
    <message>
        <source>Self-summary</source>
        <translation>个人小结</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Exchange rule</source>
        <translation>交流规则</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层次</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Years in one post</source>
        <translation>同一岗位任职年限</translation>
    </message>
</context>
<context>
    <name>rongpei::RotationRepository</name>
    <message numerus="yes">
        <source>%n rotations</source>
        <translation>
            <numerusform>%n 次轮岗交流</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a cadre of the roster.</source>
        <translation>请选择名册中的干部。</translation>
    </message>
    <message>
        <source>%1 was not at work in the enterprise on %2: a rotation is for a cadre at work. Correct the cadre&apos;s employment first.</source>
        <translation>%1 在 %2 不在岗，轮岗交流只适用于在岗干部。请先更正该干部的人员状态。</translation>
    </message>
    <message>
        <source>Choose a mentor of the roster.</source>
        <translation>请选择名册中的干部作为导师。</translation>
    </message>
    <message>
        <source>Choose a unit of the organisation.</source>
        <translation>请选择组织机构中的单位。</translation>
    </message>
    <message>
        <source>RongPei cannot tell from &quot;%1&quot; whether the post is party affairs or operations: state it.</source>
        <translation>按“%1”无法判断该岗位属于党务还是生产经营，请说明派驻岗位类别。</translation>
    </message>
    <message>
        <source>The dates overlap %1&apos;s %2 as %3 from %4 to %5: a cadre is on one rotation at a time. Change the dates, or cancel the other rotation.</source>
        <translation>日期与%1 %4 至 %5 的%2（%3）重叠：同一干部同一时间只能有一次轮岗交流。请修改日期，或取消另一次。</translation>
    </message>
    <message>
        <source>This rotation no longer exists; it may have been deleted.</source>
        <translation>这次轮岗交流已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>This rotation is already on the list.</source>
        <translation>这次轮岗交流已在列表中。</translation>
    </message>
    <message>
        <source>%1 left the enterprise on %2, before the rotation&apos;s last day %3: end it earlier.</source>
        <translation>%1 已于 %2 离开企业，早于轮岗交流的结束日期 %3，请提前结束日期。</translation>
    </message>
    <message>
        <source>The actual first day cannot be after today: a rotation that has not begun is planned.</source>
        <translation>实际开始日期不能晚于今天：尚未开始的轮岗交流属于计划中。</translation>
    </message>
    <message>
        <source>The actual last day cannot be after today.</source>
        <translation>实际结束日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>rongpei::RotationTableModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Final: %1</source>
        <translation>期满：%1</translation>
    </message>
    <message>
        <source>Final evaluation overdue</source>
        <translation>期满考核逾期</translation>
    </message>
    <message>
        <source>Mid-term evaluation overdue</source>
        <translation>中期考核逾期</translation>
    </message>
    <message>
        <source>Mid-term: %1</source>
        <translation>中期：%1</translation>
    </message>
    <message>
        <source>The host post&apos;s track was stated by the clerk.</source>
        <translation>派驻岗位类别由经办人填写。</translation>
    </message>
    <message>
        <source>Told from the words of the host post.</source>
        <translation>按派驻岗位名称判断。</translation>
    </message>
    <message>
        <source>Extended from %1 (%2)</source>
        <translation>原定 %1 结束，已延期（%2）</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>From</source>
        <translation>派出单位和岗位</translation>
    </message>
    <message>
        <source>To</source>
        <translation>派驻单位和岗位</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
</context>
<context>
    <name>rongpei::RotationText</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>To</source>
        <translation>派驻单位和岗位</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>mid-term: %1</source>
        <translation>中期：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s)</source>
        <translation>
            <numerusform>共 %n 次轮岗交流</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n across the tracks</source>
        <translation>
            <numerusform>，其中跨类别 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with an evaluation overdue</source>
        <translation>
            <numerusform>，考核逾期 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rongpei::RotationTimeline</name>
    <message>
        <source>No rotation in the scope and period.</source>
        <translation>范围和期间内没有轮岗交流。</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天：%1</translation>
    </message>
    <message>
        <source>%1: %2 at %3
%4 to %5 · %6 · %7</source>
        <translation>%1：%2，%3
%4 至 %5 · %6 · %7</translation>
    </message>
</context>
<context>
    <name>rongpei::RotationValidator</name>
    <message>
        <source>Choose the cadre who rotates.</source>
        <translation>请选择轮岗交流的干部。</translation>
    </message>
    <message>
        <source>Choose the host unit.</source>
        <translation>请选择派驻单位。</translation>
    </message>
    <message>
        <source>Enter the post the cadre takes up.</source>
        <translation>请填写派驻岗位。</translation>
    </message>
    <message numerus="yes">
        <source>A post is longer than %n characters.</source>
        <translation>
            <numerusform>岗位超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cadre would rotate from a post to the same post in the same unit: choose another host unit or post.</source>
        <translation>原岗位与派驻岗位是同一单位的同一岗位，请选择其他派驻单位或岗位。</translation>
    </message>
    <message>
        <source>Enter the planned first day.</source>
        <translation>请填写计划开始日期。</translation>
    </message>
    <message>
        <source>Enter the planned last day.</source>
        <translation>请填写计划结束日期。</translation>
    </message>
    <message>
        <source>The planned last day %1 is before the first day %2.</source>
        <translation>计划结束日期 %1 早于开始日期 %2。</translation>
    </message>
    <message>
        <source>Enter the day the rotation actually began.</source>
        <translation>请填写实际开始日期。</translation>
    </message>
    <message>
        <source>The actual last day %1 is before the actual first day %2.</source>
        <translation>实际结束日期 %1 早于实际开始日期 %2。</translation>
    </message>
    <message>
        <source>An extension must end after the planned last day %1.</source>
        <translation>延期后的结束日期须晚于计划结束日期 %1。</translation>
    </message>
    <message>
        <source>The mentor must be another cadre than the one who rotates.</source>
        <translation>导师不能是轮岗交流的干部本人。</translation>
    </message>
    <message numerus="yes">
        <source>A document number is longer than %n characters.</source>
        <translation>
            <numerusform>文号超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A text may hold at most %n characters.</source>
        <translation>
            <numerusform>文字最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: enter the day of the evaluation.</source>
        <translation>%1：请填写考核日期。</translation>
    </message>
    <message>
        <source>%1: the evaluation on %2 is before the rotation began.</source>
        <translation>%1：考核日期 %2 早于轮岗交流开始。</translation>
    </message>
    <message>
        <source>%1: each rating is from 1 to 5.</source>
        <translation>%1：各项评分须在 1 至 5 之间。</translation>
    </message>
    <message numerus="yes">
        <source>%1: a text may hold at most %n characters.</source>
        <translation>
            <numerusform>%1：文字最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rotation began on %1, after its planned last day %2: correct the planned dates, or enter the actual last day.</source>
        <translation>轮岗交流于 %1 才开始，晚于计划结束日期 %2：请修改计划日期，或填写实际结束日期。</translation>
    </message>
</context>
<context>
    <name>rongpei::RotationsCommand</name>
    <message>
        <source>Only the rotations that cover a day of this year (YYYY).</source>
        <translation>只列出与这一年（YYYY）有交集的轮岗交流。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Only the cadres of this branch, or of the branches of this party committee; COMMITTEE/BRANCH for a name that several committees use.</source>
        <translation>只列出这个党支部或这个党委所属各党支部的干部；几个党委下有同名党支部时写作 党委/党支部。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>csv (a fixed English header, in every language) or table (default table).</source>
        <translation>csv（表头固定为英文，任何语言下都一样）或 table（默认 table）。</translation>
    </message>
    <message>
        <source>List rotations with their direction, status and evaluations; changes nothing.</source>
        <translation>列出轮岗交流及其方向、状态和考核；不做任何修改。</translation>
    </message>
    <message>
        <source>--year must be a year from 2000 to 2100.</source>
        <translation>--year 须为 2000 至 2100 之间的年份。</translation>
    </message>
</context>
<context>
    <name>rongpei::RowReferences</name>
    <message numerus="yes">
        <source>%n other records</source>
        <translation>
            <numerusform>其他 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rongpei::SchemaCatalog</name>
    <message>
        <source>The definition of file format %1 is missing from this RongPei; reinstall it.</source>
        <translation>程序文件不完整（缺少文件格式 %1 的定义），请重新安装融培台账。</translation>
    </message>
    <message>
        <source>%1 carries RongPei&apos;s mark, but its tables are not those of RongPei&apos;s file format %2: another program may have changed it. It was left unchanged and is not read; restore it from a backup.</source>
        <translation>%1 带有融培台账的标记，但其内部结构与融培台账文件格式 %2 不符，可能被其他程序改动过。文件未做任何改动，也不会被读取；请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 carries RongPei&apos;s mark, but its change journal (the record of every change) is missing or incomplete: another program may have changed it. It was left unchanged and is not read; restore it from a backup.</source>
        <translation>%1 带有融培台账的标记，但其变更记录（每次修改的记录）缺失或不完整，可能被其他程序改动过。文件未做任何改动，也不会被读取；请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>rongpei::ScopePeriodBar</name>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>The units every page shows: all units, a party committee or a branch</source>
        <translation>各页面显示的单位范围：全部单位、某个党委或某个党支部</translation>
    </message>
    <message>
        <source>Find a committee or branch</source>
        <translation>查找党委或党支部</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>The period before (Ctrl+PgUp)</source>
        <translation>上一期（Ctrl+PgUp）</translation>
    </message>
    <message>
        <source>The period after (Ctrl+PgDown)</source>
        <translation>下一期（Ctrl+PgDown）</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
</context>
<context>
    <name>rongpei::SessionDialog</name>
    <message>
        <source>Edit study session</source>
        <translation>编辑学习活动</translation>
    </message>
    <message>
        <source>New study session</source>
        <translation>新增学习活动</translation>
    </message>
    <message>
        <source>Documents, chapters or speeches studied</source>
        <translation>学习的文件、篇目或讲话</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 学时</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Study &amp;content:</source>
        <translation>学习内容(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>日期和时间(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Hours (学时):</source>
        <translation>学时(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>All &amp;present</source>
        <translation>全部出席(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>反选(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add cadres…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Branch &amp;members</source>
        <translation>本支部人员(&amp;M)</translation>
    </message>
    <message>
        <source>Start the roll call again from the host branch&apos;s cadres</source>
        <translation>按主办党支部的人员重新生成点名名单</translation>
    </message>
    <message>
        <source>Roll call:</source>
        <translation>点名：</translation>
    </message>
    <message>
        <source>Counted as: %1</source>
        <translation>折算：%1</translation>
    </message>
    <message>
        <source>Speak&amp;er:</source>
        <translation>主讲人(&amp;E)：</translation>
    </message>
    <message>
        <source>Expected %1 · present %2 · late %3 · excused %4 · absent %5</source>
        <translation>应到 %1 · 出席 %2 · 迟到 %3 · 请假 %4 · 缺席 %5</translation>
    </message>
    <message>
        <source> · not marked %1</source>
        <translation> · 未点名 %1</translation>
    </message>
    <message>
        <source> · attendance %1%</source>
        <translation> · 出勤率 %1%</translation>
    </message>
    <message>
        <source>Hosted &amp;by:</source>
        <translation>主办党组织(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>rongpei::SessionRecordKind</name>
    <message>
        <source>Roll call</source>
        <translation>点名</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>点名状态</translation>
    </message>
    <message>
        <source>Reason for leave</source>
        <translation>请假事由</translation>
    </message>
    <message>
        <source>Place on the list</source>
        <translation>名单顺序</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主办党组织</translation>
    </message>
    <message>
        <source>Study session</source>
        <translation>学习活动</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>主讲人</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>学习内容</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>rongpei::SessionTableModel</name>
    <message numerus="yes">
        <source>%n expected</source>
        <translation>
            <numerusform>应到 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>主讲人</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主办党组织</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>signed sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>缺%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
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
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Minutes without a key or mouse action before RongPei locks itself (Ctrl+L locks at once)</source>
        <translation>无键盘或鼠标操作多少分钟后自动锁定（Ctrl+L 立即锁定）</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>自动锁定(&amp;A)：</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>The largest file that may be attached to a record on this computer; every attached file is stored inside the database, and travels with each backup</source>
        <translation>本机上单个附件的大小上限；附件都保存在数据库内，并随每次备份一起复制</translation>
    </message>
    <message>
        <source>Largest attached &amp;file:</source>
        <translation>附件大小上限(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>rongpei::SignInDialog</name>
    <message>
        <source>Sign in to RongPei</source>
        <translation>登录融培台账</translation>
    </message>
    <message>
        <source>Who is working on %1?</source>
        <translation>谁在使用 %1？</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Forgot the password…</source>
        <translation>忘记密码(&amp;F)…</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>请等待 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>RongPei is locked</source>
        <translation>融培台账已锁定</translation>
    </message>
    <message>
        <source>RongPei was locked to keep the records from view. Enter the password of %1 to go on where you left off.</source>
        <translation>为防止台账被他人看到，融培台账已锁定。请输入 %1 的密码，继续刚才的工作。</translation>
    </message>
    <message>
        <source>&amp;Quit RongPei</source>
        <translation>退出融培台账(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>rongpei::SignInSheet</name>
    <message>
        <source>%1 – %2</source>
        <comment>time from – to</comment>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>主讲人：</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>学时：</translation>
    </message>
    <message>
        <source>%1 study hours (学时)</source>
        <translation>%1 学时</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>应到：%1人</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>实到：%1人</translation>
    </message>
    <message>
        <source>Recorder: %1</source>
        <translation>记录人：%1</translation>
    </message>
    <message>
        <source>%1 sign-in sheet</source>
        <comment>document title: session title</comment>
        <translation>%1签到表</translation>
    </message>
    <message>
        <source>The sign-in sheet cannot be printed: the printer or file is not ready.</source>
        <translation>无法打印签到表：打印机或文件尚未就绪。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第%1页，共%2页</translation>
    </message>
    <message>
        <source>The sign-in sheet could not be finished on the printer or file.</source>
        <translation>签到表未能完整输出到打印机或文件。</translation>
    </message>
    <message>
        <source>The sign-in sheet cannot be saved as &quot;%1&quot;: %2</source>
        <translation>无法将签到表保存为“%1”：%2</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主办：</translation>
    </message>
</context>
<context>
    <name>rongpei::SignInSheetData</name>
    <message>
        <source>This session no longer exists; it may have been deleted.</source>
        <translation>此学习活动已不存在，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>rongpei::StartupSplash</name>
    <message>
        <source>RongPei</source>
        <translation>融培台账</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据文件…</translation>
    </message>
</context>
<context>
    <name>rongpei::StrayJournalCheck</name>
    <message>
        <source>Beside the database %1 lies %2, left when a program stopped. RongPei applies it to a copy first, but could not make the copy in %3: free some space there and try again. The database was left unchanged.</source>
        <translation>数据库 %1 旁有上次未正常关闭时留下的文件 %2。融培台账会先在副本上试用它，但无法在 %3 中制作副本：请在该处清理出空间后重试。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>Beside the database %1 lies %2, which does not belong to it: applying it would damage the database. Move %2 to another folder (do not delete it yet) and open the database again; it then opens as it was when last saved. The database was left unchanged.</source>
        <translation>数据库 %1 旁的文件 %2 不属于这个数据库，沿用它会损坏数据库。请将 %2 移到其他文件夹（暂勿删除）后重新打开数据库，数据库将以最后一次保存时的状态打开。数据库未做任何改动。</translation>
    </message>
</context>
<context>
    <name>rongpei::StudyFile</name>
    <message>
        <source>Study session</source>
        <translation>理论学习</translation>
    </message>
</context>
<context>
    <name>rongpei::StudyFileDialog</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Study file of %1 (%2)</source>
        <translation>%1（%2）的学习档案</translation>
    </message>
    <message>
        <source>Hours by year:</source>
        <translation>各年度学时：</translation>
    </message>
    <message>
        <source>Hours by kind in</source>
        <translation>按类型统计学时：</translation>
    </message>
    <message>
        <source>Sessions (newest first):</source>
        <translation>参加的学习活动（最新在前）：</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主办党组织</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Training classes (newest first):</source>
        <translation>培训班（最新的在前）：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 hours&lt;/b&gt; earned in %2%3 · attended %4 of %5 roll calls (%6%) in all years</source>
        <translation>%2年已完成&lt;b&gt;%1学时&lt;/b&gt;%3 · 历年出勤%4次，共%5次点名（%6%）</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>rongpei::StudyGroupDialog</name>
    <message>
        <source>Study group of %1</source>
        <translation>%1理论学习中心组成员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在党支部</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>中心组职务</translation>
    </message>
    <message>
        <source>&amp;Add cadres…</source>
        <translation>添加干部(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>A session the committee hosts (党委理论学习中心组学习) expects these members on its roll call, the head first.</source>
        <translation>党委主办的学习活动（党委理论学习中心组学习）以这些成员为点名名单，组长在前。</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
</context>
<context>
    <name>rongpei::StudyGroupRepository</name>
    <message numerus="yes">
        <source>%n place(s) in a committee&apos;s study group</source>
        <translation>
            <numerusform>党委理论学习中心组成员 %n 人次</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a party committee keeps a study group; this one no longer exists.</source>
        <translation>只有党委设理论学习中心组；该党委已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>A study group may have at most %n members.</source>
        <translation>
            <numerusform>理论学习中心组最多 %n 名成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>A cadre is in the study group once only.</source>
        <translation>同一名干部在中心组中只能列入一次。</translation>
    </message>
    <message>
        <source>A study group has one head (组长); make the others deputy heads.</source>
        <translation>中心组只设一名组长，其他人请设为副组长。</translation>
    </message>
    <message>
        <source>A cadre of the study group no longer exists; reopen the list.</source>
        <translation>名单中有干部已不存在，请重新打开名单。</translation>
    </message>
</context>
<context>
    <name>rongpei::StudyKindDialog</name>
    <message>
        <source>The roll call is for the branch&apos;s party &amp;members</source>
        <translation>点名名单仅含本支部党员(&amp;M)</translation>
    </message>
    <message>
        <source>Edit kind of session: %1</source>
        <translation>编辑活动类型：%1</translation>
    </message>
    <message>
        <source>New kind of session</source>
        <translation>新增活动类型</translation>
    </message>
    <message>
        <source>When ticked, a new session&apos;s roll call starts with the host branch&apos;s party members only; otherwise with all its cadres.</source>
        <translation>勾选时，新活动的点名名单只包含主办党支部的党员；否则包含其全部干部。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Hours counted by:</source>
        <translation>学时折算(&amp;H)：</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>不封顶</translation>
    </message>
    <message>
        <source>Hours of this kind, from sessions and classes together, count toward the hour requirements up to this many a calendar year (online study, say).</source>
        <translation>此类活动的学时（学习活动与培训班合计）每个自然年最多计入这么多学时（例如网络学习）。</translation>
    </message>
    <message>
        <source>Counted at most (per &amp;year):</source>
        <translation>每年最多计入(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>rongpei::StudyModule</name>
    <message>
        <source>Study file</source>
        <translation>学习档案</translation>
    </message>
    <message>
        <source>Sessions attended and hours earned by the selected cadre (Ctrl+I)</source>
        <translation>所选干部参加的学习活动和已完成学时（Ctrl+I）</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>期初学时</translation>
    </message>
    <message>
        <source>Hours the selected cadre earned before these records began (Ctrl+Shift+I)</source>
        <translation>所选干部在本台账启用之前已完成的学时（Ctrl+Shift+I）</translation>
    </message>
</context>
<context>
    <name>rongpei::StudyPage</name>
    <message>
        <source>New session</source>
        <translation>新增活动</translation>
    </message>
    <message>
        <source>Record a study session and its roll call (Ctrl+N)</source>
        <translation>记录一次学习活动及其点名（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected session or take its roll call (Enter)</source>
        <translation>编辑所选活动或进行点名（Enter）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete)</source>
        <translation>删除所选活动（Delete）</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Print the sign-in sheet of the selected session (Ctrl+P)</source>
        <translation>打印所选活动的签到表（Ctrl+P）</translation>
    </message>
    <message>
        <source>Sign-in sheet as PDF…</source>
        <translation>签到表另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the sign-in sheet of the selected session as a PDF file</source>
        <translation>将所选活动的签到表保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Search topic, speaker, place, kind or branch (Ctrl+F)</source>
        <translation>搜索主题、主讲人、地点、类型或党支部（Ctrl+F）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Planned and held</source>
        <translation>计划中和已开展</translation>
    </message>
    <message>
        <source>Theory study</source>
        <translation>理论学习</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>学习活动已保存。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>修改已保存。</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>删除学习活动</translation>
    </message>
    <message numerus="yes">
        <source>Delete the session &quot;%1&quot; of %2 and its roll call of %n people?

You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>删除 %2 的学习活动“%1”及其 %n 人的点名记录？

可以用 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Session deleted. Ctrl+Z brings it back.</source>
        <translation>学习活动已删除。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <source>Choose a session first.</source>
        <translation>请先选择一次学习活动。</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>签到表：%1</translation>
    </message>
    <message>
        <source>sign-in-sheet-%1.pdf</source>
        <translation>签到表-%1.pdf</translation>
    </message>
    <message>
        <source>Save sign-in sheet</source>
        <translation>保存签到表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Sign-in sheet saved to %1.</source>
        <translation>签到表已保存到 %1。</translation>
    </message>
    <message>
        <source>%1 of %2 sessions</source>
        <translation>%1 / %2 次活动</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>无法读取学习活动：%1</translation>
    </message>
    <message>
        <source>Reading the sessions…</source>
        <translation>正在读取学习活动…</translation>
    </message>
    <message>
        <source>study group</source>
        <translation>理论学习中心组成员</translation>
    </message>
    <message>
        <source>Study group…</source>
        <translation>中心组成员…</translation>
    </message>
    <message>
        <source>The members of a party committee&apos;s theory study group (中心组), whom the sessions it hosts expect</source>
        <translation>党委理论学习中心组的成员，即党委主办的学习活动的点名名单</translation>
    </message>
    <message>
        <source>Study group</source>
        <translation>理论学习中心组</translation>
    </message>
    <message>
        <source>Add a party committee on the organisation page first.</source>
        <translation>请先在组织机构中新增党委。</translation>
    </message>
    <message>
        <source>Party committee:</source>
        <translation>党委：</translation>
    </message>
    <message>
        <source>Study group saved.</source>
        <translation>中心组成员已保存。</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>修改历史：%1</translation>
    </message>
    <message>
        <source>With or without files</source>
        <translation>全部（不论附件）</translation>
    </message>
    <message>
        <source>No minutes</source>
        <translation>缺会议记录</translation>
    </message>
    <message>
        <source>No signed sheet</source>
        <translation>缺签到表</translation>
    </message>
    <message>
        <source>No minutes or no signed sheet</source>
        <translation>缺会议记录或签到表</translation>
    </message>
    <message>
        <source>Held sessions whose minutes or signed sign-in sheet is not attached</source>
        <translation>已开展但未附会议记录或签到表的学习活动</translation>
    </message>
</context>
<context>
    <name>rongpei::StudyRuleRepository</name>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>名称超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The source is longer than %n characters.</source>
        <translation>
            <numerusform>依据超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose how the kind&apos;s hours are counted.</source>
        <translation>请选择此类活动的学时折算方式。</translation>
    </message>
    <message>
        <source>There is already a kind of session called %1.</source>
        <translation>已有名为 %1 的活动类型。</translation>
    </message>
    <message>
        <source>This kind of session cannot be deleted: sessions or meeting rules still use it.</source>
        <translation>无法删除此活动类型：仍有学习活动或会议频次规则在使用。</translation>
    </message>
    <message>
        <source>Fixed hours must be more than 0 and at most 24.</source>
        <translation>固定学时必须大于 0 且不超过 24。</translation>
    </message>
    <message>
        <source>There is already an hour conversion called %1.</source>
        <translation>已有名为 %1 的学时折算。</translation>
    </message>
    <message>
        <source>This hour conversion cannot be deleted: a kind of session still uses it.</source>
        <translation>无法删除此学时折算：仍有活动类型在使用。</translation>
    </message>
    <message>
        <source>The period must be from 1 to 10 years.</source>
        <translation>周期必须为 1 至 10 年。</translation>
    </message>
    <message>
        <source>The minimum must be more than 0 and at most 10000 hours.</source>
        <translation>最低学时必须大于 0 且不超过 10000。</translation>
    </message>
    <message>
        <source>Choose an existing kind of session.</source>
        <translation>请选择现有的活动类型。</translation>
    </message>
    <message>
        <source>Choose an existing party branch, or every branch.</source>
        <translation>请选择现有的党支部，或所有党支部。</translation>
    </message>
    <message>
        <source>There is already a rule for this kind of meeting and branch; edit that one.</source>
        <translation>此活动类型和党支部已有规则，请编辑该规则。</translation>
    </message>
    <message>
        <source>This rule no longer exists; it may have been deleted.</source>
        <translation>此规则已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>This rule already exists; it may have been restored already.</source>
        <translation>该规则已存在，可能已经恢复。</translation>
    </message>
    <message numerus="yes">
        <source>%1 already have a requirement over %n year(s) (%2 hours); edit that one instead.</source>
        <translation>
            <numerusform>%1已有 %n 年期的学时要求（%2 学时），请修改那一条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the kinds of session whose hours count toward it.</source>
        <translation>请勾选学时计入本要求的活动类型。</translation>
    </message>
    <message>
        <source>A yearly cap is from 0 (no cap) to 1000 hours.</source>
        <translation>年度上限应在0（不封顶）至1000学时之间。</translation>
    </message>
</context>
<context>
    <name>rongpei::StudyRulesPage</name>
    <message>
        <source>Cadres</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Minimum hours</source>
        <translation>最低学时</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Add requirement</source>
        <translation>添加要求</translation>
    </message>
    <message>
        <source>Add an hour requirement (Ctrl+N)</source>
        <translation>添加学时要求（Ctrl+N）</translation>
    </message>
    <message>
        <source>Hour requirements</source>
        <translation>学时要求</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Add how often a kind of meeting is held (Ctrl+N)</source>
        <translation>添加会议召开频次（Ctrl+N）</translation>
    </message>
    <message>
        <source>Meeting frequencies</source>
        <translation>会议频次</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>仅限党员</translation>
    </message>
    <message>
        <source>Hours counted by</source>
        <translation>学时折算</translation>
    </message>
    <message>
        <source>Add kind</source>
        <translation>添加类型</translation>
    </message>
    <message>
        <source>Add a kind of session (Ctrl+N)</source>
        <translation>添加活动类型（Ctrl+N）</translation>
    </message>
    <message>
        <source>Kinds of session</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Add conversion</source>
        <translation>添加折算</translation>
    </message>
    <message>
        <source>Add a way of counting a session&apos;s hours (Ctrl+N)</source>
        <translation>添加学时折算方式（Ctrl+N）</translation>
    </message>
    <message>
        <source>Hour conversions</source>
        <translation>学时折算</translation>
    </message>
    <message>
        <source>Marks that earn hours</source>
        <translation>计学时的点名状态</translation>
    </message>
    <message>
        <source>How often each branch must hold each kind of meeting</source>
        <translation>各党支部召开各类会议的频次要求</translation>
    </message>
    <message>
        <source>Study rules</source>
        <translation>学习规则</translation>
    </message>
    <message>
        <source>Hour requirement added and saved.</source>
        <translation>学时要求已添加并保存。</translation>
    </message>
    <message>
        <source>Meeting rule added and saved.</source>
        <translation>会议频次已添加并保存。</translation>
    </message>
    <message>
        <source>Kind of session added and saved.</source>
        <translation>活动类型已添加并保存。</translation>
    </message>
    <message>
        <source>Hour conversion added and saved.</source>
        <translation>学时折算已添加并保存。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>修改已保存。</translation>
    </message>
    <message>
        <source>Delete hour requirement</source>
        <translation>删除学时要求</translation>
    </message>
    <message>
        <source>Delete meeting rule</source>
        <translation>删除会议频次</translation>
    </message>
    <message>
        <source>Delete kind of session</source>
        <translation>删除活动类型</translation>
    </message>
    <message>
        <source>Delete hour conversion</source>
        <translation>删除学时折算</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>编辑所选行（Enter）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected row (Delete)</source>
        <translation>删除所选行（Delete）</translation>
    </message>
    <message>
        <source>A cadre earns the hours of a held session when the roll call marks them with one of the ticked marks. A change is saved at once and applies to every session, past and future, in the hours and compliance figures.</source>
        <translation>干部在已开展活动的点名中被标记为下列已勾选状态之一时，计入该活动的学时。更改立即保存，并适用于所有过去和将来的活动的学时和达标统计。</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message numerus="yes">
        <source>%n years (rolling)</source>
        <translation>
            <numerusform>%n 年（滚动）</numerusform>
        </translation>
    </message>
    <message>
        <source>Every branch</source>
        <translation>所有党支部</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Marks that earn hours saved.</source>
        <translation>计学时的点名状态已保存。</translation>
    </message>
    <message>
        <source>kind of session &quot;%1&quot;</source>
        <translation>活动类型“%1”</translation>
    </message>
    <message>
        <source>hour conversion &quot;%1&quot;</source>
        <translation>学时折算“%1”</translation>
    </message>
    <message>
        <source>hour requirement for %1</source>
        <translation>学时要求（%1）</translation>
    </message>
    <message>
        <source>meeting rule (%1)</source>
        <translation>会议频次（%1）</translation>
    </message>
    <message>
        <source>Delete the requirement of at least %1 hours (%2) for %3?

You can undo this with Ctrl+Z.</source>
        <translation>确定删除%3的学时要求吗？周期：%2；最低学时：%1。

可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Hour requirement deleted. Ctrl+Z brings it back.</source>
        <translation>学时要求已删除。可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete the rule for %1 (%2)?

You can undo this with Ctrl+Z.</source>
        <translation>确定删除“%1”（%2）的会议频次吗？

可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Meeting rule deleted. Ctrl+Z brings it back.</source>
        <translation>会议频次已删除。可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete the kind of session &quot;%1&quot;?

You can undo this with Ctrl+Z.</source>
        <translation>确定删除活动类型“%1”吗？

可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Kind of session deleted. Ctrl+Z brings it back.</source>
        <translation>活动类型已删除。可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete the hour conversion &quot;%1&quot;?

You can undo this with Ctrl+Z.</source>
        <translation>确定删除学时折算“%1”吗？

可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Hour conversion deleted. Ctrl+Z brings it back.</source>
        <translation>学时折算已删除。可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Roll-call marks</source>
        <translation>点名状态</translation>
    </message>
    <message>
        <source>The attendance rate is the cadres present or late over those expected. The ticked marks are left out of both, as if those cadres had not been expected: most branches leave out the excused.</source>
        <translation>出勤率＝实到人数÷应到人数，实到含出席和迟到。勾选的点名状态在实到和应到中都不计，视同不在应到之列；多数支部不计请假。</translation>
    </message>
    <message>
        <source>Leave %1 out of the attendance rate</source>
        <translation>计算出勤率时不计“%1”</translation>
    </message>
    <message>
        <source>Attendance rate saved.</source>
        <translation>出勤率计算方式已保存。</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>Kinds counted</source>
        <translation>计入的活动类型</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Yearly cap</source>
        <translation>年度上限</translation>
    </message>
</context>
<context>
    <name>rongpei::StudySessionRepository</name>
    <message>
        <source>This session no longer exists; it may have been deleted.</source>
        <translation>此学习活动已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>The session &quot;%1&quot; is already recorded.</source>
        <translation>学习活动“%1”已有记录。</translation>
    </message>
    <message>
        <source>Choose an existing kind of session.</source>
        <translation>请选择现有的活动类型。</translation>
    </message>
    <message>
        <source>A cadre on the roll call is no longer in the roster; refresh and try again.</source>
        <translation>点名名单中有干部已不在名册中，请刷新后重试。</translation>
    </message>
    <message>
        <source>%1 is on the roll call twice.</source>
        <translation>%1 在点名名单中出现了两次。</translation>
    </message>
    <message numerus="yes">
        <source>the roll calls of %n study sessions</source>
        <translation>
            <numerusform>%n 次学习的签到名单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n study sessions</source>
        <translation>
            <numerusform>%n 次学习</numerusform>
        </translation>
    </message>
    <message>
        <source>the cadre was hired only on %1</source>
        <translation>该干部 %1 才入职</translation>
    </message>
    <message>
        <source>the cadre left on %1</source>
        <translation>该干部已于 %1 离开</translation>
    </message>
    <message>
        <source>the roster records the cadre as %1</source>
        <translation>干部名册登记该干部为“%1”</translation>
    </message>
    <message>
        <source>%1 cannot be added to the roll call of %2: %3.</source>
        <translation>不能将%1加入 %2 的点名：%3。</translation>
    </message>
    <message>
        <source>Choose an existing party branch or committee.</source>
        <translation>请选择现有的党支部或党委。</translation>
    </message>
    <message>
        <source>党委理论学习中心组学习 is hosted by a party committee: choose the committee as host.</source>
        <translation>党委理论学习中心组学习由党委主办，请将主办党组织选为该党委。</translation>
    </message>
</context>
<context>
    <name>rongpei::StudySessionValidator</name>
    <message>
        <source>Choose the kind of session.</source>
        <translation>请选择活动类型。</translation>
    </message>
    <message>
        <source>Enter the topic.</source>
        <translation>请输入主题。</translation>
    </message>
    <message numerus="yes">
        <source>The topic is longer than %n characters.</source>
        <translation>
            <numerusform>主题超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The study content and the notes may each hold at most %n characters.</source>
        <translation>
            <numerusform>学习内容和备注各自最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the host branch.</source>
        <translation>请选择主办党支部。</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>The date must lie between %1 and %2.</source>
        <translation>日期必须在 %1 与 %2 之间。</translation>
    </message>
    <message>
        <source>A session dated after today has not been held yet: save it as planned.</source>
        <translation>日期晚于今天的活动尚未召开，请保存为“计划”。</translation>
    </message>
    <message>
        <source>Enter the start and end time.</source>
        <translation>请输入开始和结束时间。</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The hours (学时) must be more than 0 and at most %1.</source>
        <translation>学时必须大于 0 且不超过 %1。</translation>
    </message>
    <message numerus="yes">
        <source>A roll call may hold at most %n people.</source>
        <translation>
            <numerusform>点名名单最多 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the reason for every excused absence.</source>
        <translation>请为每位请假人员填写请假事由。</translation>
    </message>
    <message numerus="yes">
        <source>%n people on the roll call are not marked yet: mark each of them (All present marks everyone), or keep the session as planned.</source>
        <translation>
            <numerusform>点名名单中还有 %n 人未点名：请逐一点名（“全部出席”可一次标记全部），或将活动保留为计划中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rongpei::TableDocument</name>
    <message numerus="yes">
        <source>%n row(s), printed %1</source>
        <translation>
            <numerusform>共 %n 行，打印日期 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The table cannot be printed: the printer or file is not ready.</source>
        <translation>无法打印表格：打印机或文件未就绪。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第%1页，共%2页</translation>
    </message>
    <message>
        <source>The table could not be finished on the printer or file.</source>
        <translation>表格未能在打印机或文件上完成输出。</translation>
    </message>
    <message>
        <source>The table cannot be saved as &quot;%1&quot;: %2</source>
        <translation>无法将表格保存为“%1”：%2</translation>
    </message>
</context>
<context>
    <name>rongpei::TableExport</name>
    <message>
        <source>Print: %1</source>
        <translation>打印：%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>rongpei::TrainingClassRepository</name>
    <message numerus="yes">
        <source>the cohorts of %n training classes</source>
        <translation>
            <numerusform>%n个培训班的学员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training classes</source>
        <translation>
            <numerusform>%n个培训班</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an existing kind of study.</source>
        <translation>请选择已有的学习活动类型。</translation>
    </message>
    <message>
        <source>Choose an existing party committee or branch.</source>
        <translation>请选择已有的党委或党支部。</translation>
    </message>
    <message>
        <source>A course of the class is no longer in the catalogue; refresh and try again.</source>
        <translation>本班的某门课程已不在课程库中；请刷新后重试。</translation>
    </message>
    <message>
        <source>A participant is no longer in the roster; refresh and try again.</source>
        <translation>某名学员已不在干部名册中；请刷新后重试。</translation>
    </message>
    <message>
        <source>%1 is in the class twice.</source>
        <translation>%1在本班中出现了两次。</translation>
    </message>
    <message>
        <source>%1 cannot join a class that starts on %2: the cadre is not employed then.</source>
        <translation>%1不能参加%2开班的培训班：该干部届时不在职。</translation>
    </message>
    <message>
        <source>This class no longer exists; it may have been deleted.</source>
        <translation>该培训班已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; is already recorded.</source>
        <translation>培训班“%1”已经录入。</translation>
    </message>
    <message>
        <source>The share of leave and absence must be a fraction from 0 to 1.</source>
        <translation>请假缺勤比例必须是0至1之间的分数。</translation>
    </message>
    <message>
        <source>A track&apos;s least share must lie between 0 and 50 %.</source>
        <translation>每类干部的最低占比必须在0至50%之间。</translation>
    </message>
    <message>
        <source>The follow-up falls due from 1 to 730 days after the class.</source>
        <translation>训后跟踪评价须在培训班结束后 1 至 730 天内到期。</translation>
    </message>
</context>
<context>
    <name>rongpei::TrainingClassValidator</name>
    <message>
        <source>Enter the name of the class.</source>
        <translation>请输入班次名称。</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>名称超过%n个字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes may hold at most %n characters.</source>
        <translation>
            <numerusform>备注最多%n个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the kind of study the class counts as.</source>
        <translation>请选择本班学时计入的学习活动类型。</translation>
    </message>
    <message>
        <source>Choose the organiser.</source>
        <translation>请选择主办单位。</translation>
    </message>
    <message>
        <source>Enter the first and the last day.</source>
        <translation>请输入开班和结业日期。</translation>
    </message>
    <message>
        <source>The class must lie between %1 and %2.</source>
        <translation>培训班日期必须在%1至%2之间。</translation>
    </message>
    <message>
        <source>The class cannot end before it starts.</source>
        <translation>结业日期不能早于开班日期。</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>名额不能为负数。</translation>
    </message>
    <message>
        <source>The class has %1 participants, more than its capacity of %2: raise the capacity or remove participants.</source>
        <translation>本班有学员%1人，超过名额%2人：请增加名额或移除学员。</translation>
    </message>
    <message>
        <source>The pass mark must lie between 0 and 100.</source>
        <translation>合格分数线必须在0至100之间。</translation>
    </message>
    <message>
        <source>A course is in the class twice.</source>
        <translation>有一门课程在本班中出现了两次。</translation>
    </message>
    <message>
        <source>Add the days the class meets.</source>
        <translation>请添加培训日。</translation>
    </message>
    <message numerus="yes">
        <source>A class meets on at most %n days.</source>
        <translation>
            <numerusform>一个培训班最多%n个培训日。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each day of the class may be listed once.</source>
        <translation>每个培训日只能列一次。</translation>
    </message>
    <message>
        <source>%1 lies outside the class&apos;s dates.</source>
        <translation>%1不在培训班的起止日期之内。</translation>
    </message>
    <message>
        <source>The hours of %1 must be more than 0 and at most %2.</source>
        <translation>%1的学时必须大于0且不超过%2。</translation>
    </message>
    <message numerus="yes">
        <source>A class takes at most %n participants.</source>
        <translation>
            <numerusform>一个培训班最多%n名学员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: the score must lie between 0 and 100.</source>
        <translation>第%1行：考核成绩必须在0至100之间。</translation>
    </message>
    <message>
        <source>Line %1: the class is not assessed; set a pass mark to record scores.</source>
        <translation>第%1行：本班不考核；要录入成绩，请先设置合格分数线。</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a day of the class.</source>
        <translation>第%1行：%2不是本班的培训日。</translation>
    </message>
    <message>
        <source>Line %1: %2 has not come yet and cannot be marked.</source>
        <translation>第%1行：%2尚未到来，不能记考勤。</translation>
    </message>
    <message>
        <source>Line %1: %2 hours missed on %3, a day of %4 hours.</source>
        <translation>第%1行：%3当天只有%4学时，不能缺课%2学时。</translation>
    </message>
</context>
<context>
    <name>rongpei::TrainingRecordKinds</name>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>主要面向</translation>
    </message>
    <message>
        <source>Teaching mode</source>
        <translation>教学方式</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Place on the list</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>培训日</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>考核成绩</translation>
    </message>
    <message>
        <source>Training class</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>计入类型</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开班日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结业日期</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>培训地点</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Off the job</source>
        <translation>脱产</translation>
    </message>
    <message>
        <source>Joint class</source>
        <translation>联合培训班</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>合格分数线</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Hours by category</source>
        <translation>分类别学时</translation>
    </message>
    <message>
        <source>Required courses</source>
        <translation>必修课程</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>培养规划</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Political theory hours</source>
        <translation>政治理论学时</translation>
    </message>
    <message>
        <source>Management hours</source>
        <translation>经营管理学时</translation>
    </message>
    <message>
        <source>Planned rotation or project</source>
        <translation>计划挂职轮岗或项目</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>培养目标</translation>
    </message>
    <message>
        <source>Planned items</source>
        <translation>计划项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What is planned</source>
        <translation>计划内容</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Fulfilled by class</source>
        <translation>对应培训班</translation>
    </message>
    <message>
        <source>Done, in words</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Yearly training plan</source>
        <translation>年度培养计划</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>培训覆盖率（%）</translation>
    </message>
    <message>
        <source>Hours per party-affairs cadre</source>
        <translation>党务干部人均学时</translation>
    </message>
    <message>
        <source>Hours per operations cadre</source>
        <translation>生产经营干部人均学时</translation>
    </message>
    <message>
        <source>Share of joint classes (%)</source>
        <translation>联合培训班占比（%）</translation>
    </message>
</context>
<context>
    <name>rongpei::TrainingRulesDialog</name>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Rules for training classes</source>
        <translation>培训班规则</translation>
    </message>
    <message>
        <source>of every</source>
        <translation>/</translation>
    </message>
    <message>
        <source>《干部教育培训工作条例》 art. 15: one seventh</source>
        <translation>《干部教育培训工作条例》第十五条：七分之一</translation>
    </message>
    <message>
        <source>&amp;Leave and absence above:</source>
        <translation>请假和缺勤超过(&amp;L)：</translation>
    </message>
    <message>
        <source>of an off-the-job class&apos;s hours: the participant does not complete it.</source>
        <translation>脱产培训班总学时的，不予结业。</translation>
    </message>
    <message>
        <source>A &amp;joint class warns below:</source>
        <translation>联合培训班提示低于(&amp;J)：</translation>
    </message>
    <message>
        <source>of its cohort from either track.</source>
        <translation>（任一类干部占学员的比例）。</translation>
    </message>
    <message>
        <source>&amp;Follow-up due after:</source>
        <translation>训后跟踪评价到期(&amp;F)：</translation>
    </message>
    <message>
        <source>the end of an off-the-job class.</source>
        <translation>脱产培训班结业后。</translation>
    </message>
</context>
<context>
    <name>rongpei::UnitPlanDialog</name>
    <message>
        <source>Edit yearly training plan %1</source>
        <translation>编辑 %1 年度培养计划</translation>
    </message>
    <message>
        <source>New yearly training plan</source>
        <translation>新建年度培养计划</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Coverage:</source>
        <translation>培训覆盖率(&amp;C)：</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>The share of the cadres at work under the unit who complete a class in the year</source>
        <translation>本单位及下属在岗干部中当年结业于至少一个培训班的比例</translation>
    </message>
    <message>
        <source>Hours per &amp;party-affairs cadre:</source>
        <translation>党务干部人均学时(&amp;P)：</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 学时</translation>
    </message>
    <message>
        <source>Hours per &amp;operations cadre:</source>
        <translation>生产经营干部人均学时(&amp;O)：</translation>
    </message>
    <message>
        <source>Share of &amp;joint classes:</source>
        <translation>联合培训班占比(&amp;J)：</translation>
    </message>
    <message>
        <source>Of the classes the unit and the units under it hold, those meant to be joint whose cohort mixes both tracks</source>
        <translation>本单位及下属单位举办的培训班中，计划为联合培训班且学员构成两类兼顾的比例</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What is planned</source>
        <translation>计划内容</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Fulfilled by class</source>
        <translation>对应培训班</translation>
    </message>
    <message>
        <source>Done, in words</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>移除项目(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected item (Ctrl+Delete)</source>
        <translation>移除所选项目（Ctrl+Delete）</translation>
    </message>
    <message>
        <source>Planned &amp;items:</source>
        <translation>计划项目(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>（未关联）</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>rongpei::UnitPlanPage</name>
    <message>
        <source>training plan %1</source>
        <translation>%1 年度培养计划</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划值</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>是否达成</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What is planned</source>
        <translation>计划内容</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Fulfilled by</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建规划</translation>
    </message>
    <message>
        <source>Make the yearly training plan of a unit (Ctrl+N)</source>
        <translation>制定一个单位的年度培养计划（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected plan, link its items to the classes held (Enter)</source>
        <translation>编辑所选计划，把项目关联到已举办的培训班（Enter）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected plan (Delete)</source>
        <translation>删除所选规划（Delete）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Search unit or what is open (Ctrl+F)</source>
        <translation>搜索单位或尚未完成的内容（Ctrl+F）</translation>
    </message>
    <message>
        <source>The plans could not be computed: %1</source>
        <translation>无法计算计划：%1</translation>
    </message>
    <message>
        <source>Yearly training plans</source>
        <translation>年度培养计划</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) of %1 shown, completed %2 % on average. The completion rate counts the targets met and the items fulfilled, of all the plan sets; both are computed from the records, not typed in.</source>
        <translation>
            <numerusform>显示 %1 年 %n 份计划，平均完成率 %2%。计划完成率为已达成的目标和已完成的项目占全部目标和项目的比例，均按记录计算，不需填写。</numerusform>
        </translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>规划已保存。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>修改已保存。</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>删除规划</translation>
    </message>
    <message numerus="yes">
        <source>Delete the training plan %1 of %2 with its %n item(s)?

You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>删除%2的 %1 年度培养计划及其 %n 个项目？

可按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan deleted. Ctrl+Z brings it back.</source>
        <translation>规划已删除。按 Ctrl+Z 恢复。</translation>
    </message>
    <message>
        <source>History: training plan %1 of %2</source>
        <translation>修改历史：%2的 %1 年度培养计划</translation>
    </message>
</context>
<context>
    <name>rongpei::UnitPlanProgress</name>
    <message>
        <source>Coverage</source>
        <translation>培训覆盖率</translation>
    </message>
    <message>
        <source>Hours per party-affairs cadre</source>
        <translation>党务干部人均学时</translation>
    </message>
    <message>
        <source>Hours per operations cadre</source>
        <translation>生产经营干部人均学时</translation>
    </message>
    <message>
        <source>Share of joint classes</source>
        <translation>联合培训班占比</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 学时</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
    <message>
        <source>%1, to be held %2 to %3</source>
        <translation>%1，将于 %2 至 %3 举办</translation>
    </message>
    <message>
        <source>%1 (Q%2): %3</source>
        <translation>%1（第%2季度）：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rongpei::UnitPlanRepository</name>
    <message numerus="yes">
        <source>%n yearly training plans</source>
        <translation>
            <numerusform>%n 份年度培养计划</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items of yearly training plans</source>
        <translation>
            <numerusform>年度培养计划的 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the enterprise, a party committee or a branch.</source>
        <translation>请选择企业、党委或党支部。</translation>
    </message>
    <message>
        <source>A department has no training plan of its own; choose its branch.</source>
        <translation>部门没有单独的培养计划，请选择其所属党支部。</translation>
    </message>
    <message>
        <source>The year must lie between 2000 and 2100.</source>
        <translation>年度须在 2000 至 2100 之间。</translation>
    </message>
    <message>
        <source>This unit has a training plan for %1 already.</source>
        <translation>该单位已有 %1 年的培养计划。</translation>
    </message>
    <message>
        <source>A share must lie between 0 and 100 %.</source>
        <translation>比例须在 0 至 100% 之间。</translation>
    </message>
    <message>
        <source>Hours per cadre must lie between 0 and 1000.</source>
        <translation>人均学时须在 0 至 1000 之间。</translation>
    </message>
    <message numerus="yes">
        <source>A plan holds at most %n items.</source>
        <translation>
            <numerusform>一份计划最多 %n 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1: </source>
        <translation>第 %1 项：</translation>
    </message>
    <message>
        <source>enter what is planned.</source>
        <translation>请填写计划内容。</translation>
    </message>
    <message>
        <source>the text is too long.</source>
        <translation>文字过长。</translation>
    </message>
    <message>
        <source>the quarter must be 1 to 4, or none.</source>
        <translation>季度须为 1 至 4，或不限。</translation>
    </message>
    <message>
        <source>only a planned class is fulfilled by a class.</source>
        <translation>只有计划培训班才能关联培训班。</translation>
    </message>
    <message>
        <source>the class no longer exists.</source>
        <translation>该培训班已不存在。</translation>
    </message>
    <message>
        <source>the class is held in %1, not in the plan&apos;s year.</source>
        <translation>该培训班在 %1 年举办，不在计划年度内。</translation>
    </message>
    <message numerus="yes">
        <source>The notes are longer than %n characters.</source>
        <translation>
            <numerusform>备注超过 %n 个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>This training plan no longer exists; it may have been deleted.</source>
        <translation>该培养计划已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>This training plan is already there.</source>
        <translation>该培养计划已存在。</translation>
    </message>
    <message>
        <source>the class is organised outside this unit.</source>
        <translation>该培训班不是本单位或下属单位举办的。</translation>
    </message>
    <message>
        <source>the class fulfils another item already.</source>
        <translation>该培训班已对应另一个项目。</translation>
    </message>
</context>
<context>
    <name>rongpei::UnitPlanTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>未设内容</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>计划完成率</translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation>已达成目标</translation>
    </message>
    <message>
        <source>Items fulfilled</source>
        <translation>已完成项目</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>尚未完成</translation>
    </message>
</context>
<context>
    <name>rongpei::UpgradeCommand</name>
    <message>
        <source>Bring a database written by an older version of RongPei up to date, after saving a copy beside it.</source>
        <translation>将较早版本融培台账写入的数据库升级为当前文件格式，升级前先在同一文件夹中保存一份副本。</translation>
    </message>
    <message>
        <source>%1 is already up to date (file format version %2); nothing was changed.</source>
        <translation>%1 已是最新文件格式（版本 %2），未作任何改动。</translation>
    </message>
    <message>
        <source>Saved a copy of %1 as %2.</source>
        <translation>已将 %1 的副本保存为 %2。</translation>
    </message>
    <message>
        <source>Upgraded %1 from file format version %2 to version %3.</source>
        <translation>已将 %1 的文件格式从版本 %2 升级到版本 %3。</translation>
    </message>
</context>
<context>
    <name>rongpei::UserGuideDialog</name>
    <message>
        <source>RongPei user guide</source>
        <translation>融培台账 使用说明</translation>
    </message>
</context>
<context>
    <name>rongpei::Workspace</name>
    <message numerus="yes">
        <source>Too many wrong passwords for %1: try again in %n second(s).</source>
        <translation>
            <numerusform>%1 的密码错误次数过多：请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong recovery keys: try again in %n second(s).</source>
        <translation>
            <numerusform>恢复密钥错误次数过多：请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The recovery key or the administrator&apos;s name is wrong.</source>
        <translation>恢复密钥或系统管理员用户名不正确。</translation>
    </message>
</context>
</TS>
