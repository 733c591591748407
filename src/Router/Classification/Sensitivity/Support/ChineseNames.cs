using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Chinese full names: a surname (single or compound) and one or two given-name characters, accepted by how much the
/// context vouches for a name. A role, record label or relation just before it (患者, 客户, 尊敬的, 我妈) admits any given
/// name; so does a title or gender after it (先生, 女士, ，男). A field label (入职登记：), a verb that takes a person
/// (给, 通知), or a token set apart by spaces or table bars (宋雨桐 出生于) admits any given name that is not an ordinary
/// word; a bare clause boundary admits only common given-name characters, and nothing jieba's dictionary knows as a
/// word or a famous person (<see cref="ChineseWords"/>: 高血压, 周末, 鲁迅, 林黛玉). Without any of these, only two
/// common given characters followed by what people do (说, 确诊, 欠, 被) make a name.
/// jieba.NET's segmenter was measured here at about 38 ms per KB and misses 上官婉清: too slow for the hot path; only
/// its dictionary is used, through one hash probe per candidate.
/// </summary>
internal static partial class ChineseNames
{
    // The last ones (丘, 庹, 滑, 雒, 靖…, the Korean 河 and 玄) complete the ~500 most common; each is also a word's first character,
    // and zh-name-lookalikes.txt (generated from this string) vetoes those words (河南, 滑雪, 旷工, 扶贫, 籍贯).
    private const string SingleSurnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝区郜阚权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由萧贝洪赖荀蔚钮邴糜宓郗韶鄂逄郦寿庾步弘訾巢蒯竺桓缑谯笪仉佴丘雒庹滑汝佀靖郇泮旷忻郏禚琚蹇骞河玄贡扶牧弓粘籍"
        // Rare surnames of the Hundred Family Surnames that are seldom a word's first character (nineteenth pass: 贲玉梅, 乜建民, 凤佳怡,
        // 隗思远, 苍雪), and their jieba words (贲门, 凤凰, 苍白, 毋庸) are vetoed as for the tenth pass's additions.
        + "贲乜隗凤苍酆钭蓟莘璩殳厍毋羿汲暨夔宦濮";

    private static readonly SearchValues<char> Surnames = SearchValues.Create(SingleSurnames);
    private static readonly SearchValues<char> GivenNames = SearchValues.Create(GivenNameChars);
    private static readonly SearchValues<char> NotNames = SearchValues.Create(NotNameChars);
    private const string CompoundFirstChars = "欧司诸上东皇令慕尉公长宇夏端轩独南西百呼澹太申闻濮淳单钟宗万仲赫拓亓左梁乐漆壤巫段谷鲜闾子颛即达第贺微羊夹褚";
    private static readonly SearchValues<char> CompoundFirst = SearchValues.Create(CompoundFirstChars);
    private static readonly SearchValues<char> SurnameStarts = SearchValues.Create(SingleSurnames + CompoundFirstChars);

    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "长孙", "宇文", "司徒", "夏侯",
        "端木", "轩辕", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "公冶", "太史", "申屠", "闻人", "濮阳", "淳于",
        "单于", "钟离", "宗政", "东郭", "万俟", "仲孙", "赫连", "拓跋", "司空", "亓官",
        // The rest of the Hundred Family Surnames' compounds still in use (左丘, 第五, 闾丘, 鲜于…).
        "左丘", "梁丘", "东门", "公羊", "公良", "乐正", "漆雕", "壤驷", "巫马", "段干", "谷梁", "鲜于", "闾丘", "司寇", "子车",
        "颛孙", "即墨", "达奚", "第五", "贺兰", "微生", "羊舌", "公西", "夹谷", "褚师", "南门", "东里", "公户", "公玉", "公仪", "梁余",
    ];

    // One hash probe per candidate rather than a walk of the list (子, 第, 梁 start many words that are no compound surname).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundLookup =
        new HashSet<string>(CompoundSurnames, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Common given-name characters, for names found without a label.
    private const string GivenNameChars =
        "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰华建国文辉玉萍红燕鹏飞波宇浩凯俊峰琳晨晓欣雪梅林海云婷雅佳慧颖倩琪玲丹莉婉清志远子轩博涵梓睿思怡悦欢嘉豪宏亮斌健鑫松柏春秋冬夏东南北军兵荣光新立成福禄寿祥瑞德仁义礼智信忠孝廉耀龙凤鸿鹤鹰虎彪威武毅坚钢铁金银珠宝翠琼瑶璐露霖雨雯霏雪冰凝晶莹秋菊兰荷莲桃杏萱薇蓉芝芬芸茜蕾蓓娇婕婧媛妍姗姝娅妮娴淑贞珍珊瑾瑜璇琦琛瑛琬晗晴昊晟昕旭阳晖煜炜烨焱鸣铭敬靖静婧庆卿青倩钦秦勤群然仁荣如蕊润若少绍申深胜诗石士书舒帅爽顺硕嵩素涛腾天婷彤薇维伟炜蔚文雯希熙霞先贤显献祥翔潇小晓笑心欣新馨星兴雄修秀旭轩萱璇学雪勋雅亚岩妍彦艳燕扬阳洋尧耀一怡宜亦奕毅逸懿音吟银英莹颖永咏勇友有佑瑜玉钰煜裕元园源远苑月悦越云芸允韵泽增展振正志智中忠洲舟竹卓梓紫宗帆桐栋繁萌沐宸辰皓诺依可骏凡薇茹琴家";

    // Characters that are never part of a given name: they end the name instead.
    private const string NotNameChars = "的是了在有和与为不也就都而及或被把从向对但等着过得地之其这那个们我你他她它吗呢吧啊么什怎哪谁元年月日号人块岁某";

    private static readonly WordList StrongBefore = new(
    [
        "患者", "病人", "病患", "客户", "顾客", "用户", "会员", "员工", "职工", "雇员", "新员工", "借款人", "贷款人", "债务人", "担保人",
        "收件人", "收货人", "寄件人", "联系人", "申请人", "应聘者", "应聘人", "求职者", "候选人", "租户", "租客", "承租人", "房客", "业主", "住户",
        "同事", "学生", "被保险人", "投保人", "受益人", "持卡人", "开户人", "户主", "姓名", "名字叫", "叫做", "名叫", "家属",
        "本人", "尊敬的", "亲爱的", "我叫", "我是", "他叫", "她叫", "孩子叫", "来访者", "受检人", "受检者", "体检人", "参保人", "报销人", "报名人", "填表人",
        "被告人", "被告", "原告", "上诉人", "被上诉人", "当事人", "委托人", "犯罪嫌疑人", "嫌疑人", "出租方", "承租方", "出租人",
        "甲方", "乙方", "户名", "乘客", "学员", "患儿", "家长", "收款人", "付款人", "出借人", "签收人", "经办人", "监护人",
        "被监护人", "紧急联系人", "住院人", "就诊人", "病友", "死者", "伤者", "新生儿", "业务员", "员工姓名", "客户姓名", "兹证明", "兹有",
        // Service, police, research and school records (服务对象, 报警人, 受试者, 受种者), volunteers, care-home residents, alumni.
        "服务对象", "报警人", "求助人", "受害人", "被害人", "举报人", "投诉人", "受试者", "受种者", "接种者", "志愿者", "义工",
        "入住人", "入住老人", "老人", "长者", "校友", "学号",
        // A record role and 是 (猎头备注：…求职者是蒋文博): the role's holder is named.
        "求职者是", "应聘者是", "候选人是", "患者是", "病人是", "客户是", "员工是", "借款人是", "申请人是", "收件人是", "联系人是",
        "服务对象是", "报警人是", "受试者是", "租客是", "业主是",
        // The parties of real forms and records (issue 15, ninth pass): legal (被申请人, 继承人, 见证人, 立遗嘱人…), insurance
        // (出险人, 被保人), medical (献血者, 捐献者, 陪护人), travel (乘车人, 乘机人, 旅客), a divorce's parties (男方, 女方), children
        // by birth order or adoption (长子, 次女, 养子, 婚生子) and private workers (实习生, 保姆, 护工, 司机, 骑手, 快递员). Each
        // admits any given name, as the other labels do; a word after it (司机这个职业, 骑手安全, 旅客须知) is no name.
        "被申请人", "申请执行人", "被执行人", "第三人", "受托人", "继承人", "被继承人", "受遗赠人", "受赠人", "赠与人", "见证人", "证人",
        "保证人", "遗嘱人", "立遗嘱人", "代理人", "债权人", "抵押人", "出卖人", "买受人", "出险人", "被保人", "索赔人", "理赔人",
        "就诊者", "献血者", "献血人", "捐献者", "捐献人", "捐赠者", "捐赠人", "陪护人", "陪护", "陪诊人", "孕妇", "产妇", "患者家属",
        "乘车人", "乘机人", "乘坐人", "旅客", "住客", "订票人", "预订人", "取票人", "男方", "女方",
        "长子", "次子", "三子", "幼子", "长女", "次女", "三女", "幼女", "独子", "独女", "长孙", "长孙女", "养子", "养女", "继子", "继女",
        "婚生子", "婚生女", "非婚生子", "配偶", "胞弟", "胞妹", "胞兄", "胞姐",
        "实习生", "司机", "保姆", "护工", "骑手", "快递员", "外卖员", "配送员", "月嫂", "育儿嫂", "钟点工", "保洁员", "代驾",
        // School aid, enrolment and military registration records, and a debt's debtor (受助学生, 新生, 预征对象, 欠款人).
        "欠款人", "新生", "受助学生", "受助人", "资助对象", "借款学生", "贫困生", "预征对象", "应征青年", "应征公民", "入伍青年",
        "奖学金获得者", "助学金获得者", "奖助学金获得者",
        // Civil-affairs, tax, HR and household-registration records (低保对象, 独居老人, 背调对象, 落户人员, 纳税人, 预约人).
        "低保对象", "低保户", "五保户", "特困人员", "困难户", "救助对象", "帮扶对象", "优抚对象", "安置对象", "残疾人", "背调对象",
        "被调查人", "受访者", "受访人", "被访者", "被访人", "调查对象", "访谈对象", "落户人员", "迁入人员", "随迁人员", "随迁子女", "纳税人", "申报人", "预约人", "预约者", "登记人", "办理人",
        // Hiring records' people (应聘人员, 面试者) and a let room's occupant (租住人).
        "应聘人员", "求职人员", "面试者", "面试人员", "候选者", "应试者", "租住人", "入住者",
        // A company's officers as its board minutes name them (批准首席执行官聂志远…, 执行董事邹永健): a famous one is still taken
        // out as a public figure (PersonContext.IsPublicFigure) unless the text is the company's own record (HanBoardRecord).
        "董事长", "总经理", "副总经理", "首席执行官", "执行董事", "董事", "监事", "总裁", "副总裁", "财务总监",
        // Team rosters, hiring and appointment letters (队员杜一鸣, 兹录用欧阳子轩为…) and aid hand-outs (领取人阮氏红).
        "队员", "球员", "兹录用", "录用", "兹聘用", "聘用", "兹聘任", "聘任", "兹任命", "任命", "领取人", "领取者", "申领人", "代领人",
        "受助者",
        // A sales commission sheet's seller (销售毛俊杰…提成).
        "销售", "销售员", "客户经理", "业务经理",
        // A wedding host's script introduces the couple by role (新郎曾志豪，1993年出生…), a hire's welcome by the new colleague
        // (新伙伴 江雨桐), and Cantonese says who is speaking or spoken of with 係 and 叫 (我係張嘉慧, 佢叫黎嘉琪; 係 folds to 系).
        "新郎", "新娘", "伴郎", "伴娘", "新同事", "新伙伴", "新成员", "我系", "佢系", "佢叫",
        // A service provider's customers and cases (fourteenth pass): a hotel's guest, a garage's or insurer's car owner, a
        // marketplace's seller and buyer, a club's player, an undertaker's deceased (客人童家明, 车主冯雪梅, 卖家薛梦瑶, 逝者程秀英).
        "客人", "车主", "卖家", "买家", "货主", "选手", "逝者", "亡者", "宾客",
        // Cantonese "the customer" (個客黃偉倫又嚟投訴, folded) and a newcomer at work (新来的员工 is 员工 already).
        "个客", "啲客",
    ]);

    private static readonly WordList StrongAfter = new(
    [
        "先生", "女士", "小姐", "同志", "同学", "老师", "医生", "护士", "经理", "主任", "师傅", "阿姨", "大爷", "，男", "，女", ",男", ",女",
        "（男", "（女", "(男", "(女", " 男", " 女",
        "小朋友", "家长", "妈妈", "爸爸", "奶奶", "爷爷", "大姐", "大哥", "叔叔", "教授", "律师", "总监", "主管", "组长", "大夫",
        "护士长", "工程师", "会计", "学长", "学姐", "师兄", "师姐", "女儿", "儿子", "宝宝", "本人", "同事",
        // A company's officers as a board minute names them (决议邱振华总经理…, …董事长本年度薪酬).
        "董事长", "总经理", "副总经理", "董事", "监事", "总裁", "副总裁", "副总", "行长",
        // How a church names its members (黄约翰弟兄, 王美玲姊妹) and its ministers.
        "弟兄", "姊妹", "姐妹", "牧师", "传道", "长老", "执事", "神父", "修女",
        // How an obituary names the dead (林黃秀英老夫人, 陳公府君).
        "老夫人", "老先生", "老太太", "府君",
    ]);

    private static readonly WordList BoundaryAfter = new(
    [
        "的", "因", "于", "生于", "出生", "住", "家住", "确诊", "患", "查出", "被", "已", "尚", "欠", "最近", "目前", "上个月", "本月",
        "今年", "去年", "要求", "反映", "预约", "面试", "表现", "在", "是", "有", "和", "与", "今天", "昨天", "明天", "这", "入职", "离职",
        "申请", "投诉", "办理", "需要", "说", "告诉", "所在", "每月", "月薪", "年薪", "工资", "的工资", "又", "也", "还", "去世", "病逝",
        "写", "发", "打", "回", "转", "送", "买", "订", "做", "带", "寄", "交", "问", "办", "查", "安排", "准备", "介绍", "生日", "一直",
        "现在", "已经", "刚", "从", "自", "把", "对", "给", "跟", "这个月", "上周", "下周", "这周", "上次", "前天", "昨晚", "今晚", "得了", "怀孕",
        "住院", "出院", "手术", "体检", "复查", "请假", "生病", "发烧", "过敏", "之前", "以前", "您好", "你好", "同学", "来电", "反映",
        "人民币", "现金", "须", "应当", "必须", "偿还", "支付", "赔偿", "拖欠", "年终奖", "奖金",
        "现居", "居于", "生前", "享年", "病逝", "应发", "实发", "话", "加入",
        // An age coming (下个月满…, 明年到龄), money advanced or still owed (垫付, 还差, 未缴), Cantonese 同 (and) and 仲 (still).
        "下个月", "下月", "明年", "年满", "已满", "刚满", "将满", "即将", "到龄", "退休", "垫付", "垫了", "先垫", "还欠", "还差", "仍欠",
        "未缴", "未交", "没交", "没缴", "同", "仲",
        // A Taiwan (ROC-era) birth year right after the name (…民國27年3月5日生).
        "民国",
        // Spoken Cantonese right after a name (區美玲上個禮拜做咗…, 黃志明琴日入咗…, 陳家明而家…): its time words and its
        // aspect-marked verbs, read in the traditional fold; and 正式 before joining (…正式加入产品部).
        "上个礼拜", "上礼拜", "上个星期", "上星期", "琴日", "寻日", "噚日", "今日", "听日", "而家", "依家", "做咗", "入咗", "去咗",
        "病咗", "有咗", "跌亲", "食紧", "睇紧", "睇咗", "喺", "正式",
        // A recent day said before what happened (俺老舅孙大海前两天查出来…).
        "前两天", "前几天", "这两天", "这几天", "前阵子", "前段时间", "查出来",
        // Formal and Cantonese "is" (吳卓霖係2019年…出世, folded to 系), habits (…天天迟到), a zodiac year (…属虎).
        "系", "天天", "属",
    ]);

    // Verbs whose object is usually a person: 给唐雪写, 通知陈佳怡, 提醒王芳.
    private static readonly WordList MediumBefore = new(["给", "通知", "提醒", "告诉", "联系", "转告", "感谢", "恭喜", "祝贺", "问候", "替", "发给", "寄给", "交给", "转给", "打给", "回复", "借到", "借给", "还给", "付给", "汇给", "转账给", "收到",
        // A court's verbs take a party: 判决黄志强须偿还, 判令被告…
        "判决", "判令", "判处", "责令", "起诉", "控告",
        // Pay withheld from someone: 拖欠司徒静三个月工资, 克扣王芳奖金.
        "拖欠", "克扣",
        // A welcome names the newcomer (热烈欢迎孟晓彤加入…); 欢迎关注, 欢迎来电 are words, vetoed as any word is.
        "欢迎"]);

    // What a person does or has, after a name with nothing before it: 项目经理付晓光被查出, 开会时江一帆说.
    private static readonly WordList PersonPredicates = new(
    [
        "说", "告诉", "问", "确诊", "查出", "被", "患", "得了", "住院", "出院", "欠", "借", "去世", "出生", "生于", "今年", "的工资", "的病",
        "的妈妈", "的爸爸", "的家长", "一直", "最近", "上周", "昨天", "怀孕", "离职", "入职", "请假", "因", "在吃", "每月", "月薪", "年薪",
        "家", "去", "来", "须", "应当", "拖欠", "偿还", "赔偿", "年终奖", "的年终奖",
        // Where a person lives or lived, and Cantonese 话 (says: 郑浩然话佢…, read from 話).
        "现居", "居于", "生前", "话", "加入",
        // A named worker's contribution bases and take-home pay (汪立军公积金缴存基数…, 范佳琪税前…).
        "公积金", "社保", "税前", "税后", "到手",
        // A birthday, a year's pay or this month's figures of a named person (…是苗嘉怡的生日, 柴佳琪全年工资, 毛俊杰本月回款).
        "的生日", "全年", "本月", "的年薪", "的月薪",
        // Spoken Cantonese (see BoundaryAfter) and a hire's first day (…正式加入, …正式入职).
        "上个礼拜", "上礼拜", "琴日", "寻日", "噚日", "而家", "做咗", "入咗", "病咗", "食紧", "正式加入", "正式入职",
        // A record's entry about the person (户口本上陈思远的出生日期…, …的身份证).
        "的出生", "的身份证", "的户口", "的病历", "的体检",
    ]);

    // What only a person does, right after a labelled one-character given name that is also a word (租户米兰反映).
    private static readonly WordList PersonVerbs = new(["反映", "投诉", "来电", "表示", "要求退", "说他", "说她"]);

    // Words after which a name often follows: 给张志刚写, 通知陈佳怡.
    // 我 before a full name (我陳怡君確診…) is the writer giving their own name, as in a leave note.
    private static readonly WordList WeakBefore = new(["我", "给", "跟", "和", "与", "让", "叫", "请", "通知", "提醒", "告诉", "问", "找", "联系", "帮", "把", "替", "为", "显示", "带", "陪", "接", "送", "等", "看望", "探望", "催", "一下", "算算", "查查", "看看", "问问", "说", "听说"]);

    // How much the text before a candidate vouches for a name.
    private enum Before
    {
        None,
        Weak,
        Token,
        Medium,
        Strong,
    }

    // What follows a candidate: a title (先生), a non-Han character (，, space, digit), a word that ends a name (的, 确诊).
    private enum After
    {
        None,
        Word,
        Boundary,
        Title,
    }

    public static void Find(string text, List<TextSpan> names)
    {
        var first = names.Count;
        FindSurnameNames(text, names);
        AddSpacedRoleNames(text, names, first);
        AddTransliteratedNames(text, names, first);
        if (text.AsSpan().IndexOfAny(NameDots) >= 0)
        {
            AddDottedNames(text, names, first);
        }
    }

    // Transliterated names of minorities and foreigners join their parts with a middle dot (阿依古丽·买买提, 艾力·买买提): after a
    // label or relation (借款学生 阿依古丽·买买提), or before a title, Han runs joined by dots are one name. Famous foreign names
    // (列夫·托尔斯泰) come with neither.
    // The view folds the middle dot (U+00B7) to a full stop, so a full stop between Han characters counts as one too.
    private static readonly SearchValues<char> NameDots = SearchValues.Create("·•・‧.");

    private static void AddDottedNames(string text, List<TextSpan> names, int first)
    {
        var added = false;
        for (var dot = text.AsSpan().IndexOfAny(NameDots); dot >= 0;)
        {
            if (dot == 0 || dot + 1 >= text.Length || !HanText.IsHan(text[dot - 1]) || !HanText.IsHan(text[dot + 1]))
            {
                var after = text.AsSpan(dot + 1).IndexOfAny(NameDots);
                dot = after < 0 ? -1 : dot + 1 + after;
                continue;
            }
            var start = dot;
            while (start > 0 && dot - start < 6 && HanText.IsHan(text[start - 1]) && !NotNames.Contains(text[start - 1]))
            {
                start--;
            }
            var end = dot;
            while (end < text.Length && NameDots.Contains(text[end]) && end + 1 < text.Length && HanText.IsHan(text[end + 1]))
            {
                end++;
                var part = end;
                while (end < text.Length && end - part < 5 && HanText.IsHan(text[end]) && !NotNames.Contains(text[end]) && (end - part < 2 || !StartsWithAny(text, end, BoundaryAfter)))
                {
                    end++;
                }
                if (end - part < 2)
                {
                    end = part - 1;
                    break;
                }
            }
            // Name parts may hold characters that end other names (阿不都, 阿不来提): a run of them after the dot is read whole.
            end = Math.Max(end, dot + 1 + PartsAt(text, dot + 1).Length);
            // The left part starts right after a label (借款学生阿依古丽) or on its own after a space or colon with a label before.
            var from = -1;
            for (var k = Math.Max(0, dot - 6); k <= dot - 2; k++)
            {
                if (k >= start && (HasLabelBefore(text, k) || EndsWithAny(text, k, Relations)))
                {
                    from = k;
                    break;
                }
            }
            if (from < 0 && end > dot + 2 && StartsWithAny(text, end, StrongAfter) && start < dot - 1)
            {
                from = start;
            }
            if (from < 0 && end > dot + 2)
            {
                from = DottedPartsStart(text, dot);
            }
            if (from >= 0 && end > dot + 2)
            {
                var name = new TextSpan(from, end);
                for (var k = names.Count - 1; k >= first; k--)
                {
                    if (names[k].Overlaps(name))
                    {
                        names.RemoveAt(k);
                    }
                }
                names.Add(name);
                added = true;
            }
            var next = text.AsSpan(Math.Max(end, dot + 1)).IndexOfAny(NameDots);
            dot = next < 0 ? -1 : Math.Max(end, dot + 1) + next;
        }
        if (added)
        {
            names.Sort(first, names.Count - first, Comparer<TextSpan>.Create((a, b) => a.Start.CompareTo(b.Start)));
        }
    }

    private static void FindSurnameNames(string text, List<TextSpan> names)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var next = text.AsSpan(i).IndexOfAny(SurnameStarts);
            if (next < 0)
            {
                break;
            }
            i += next;
            if (StartsWithAny(text, i, RoleStarts))
            {
                i++;
                continue;
            }
            var surname = SurnameLength(text, i);
            // A unit right after a number is no surname (200元, 3楼, 2门, 5区, 10万): the name, if any, starts after it.
            if (surname == 0 || (surname == 1 && i > 0 && char.IsAsciiDigit(text[i - 1]) && Units.Contains(text[i]))
                || (surname == 1 && i > 0 && HanCounters.Contains(text[i - 1]) && MeasureSurnames.Contains(text[i])))
            {
                continue;
            }
            // 长孙 is a surname and a grandson: before another surname it is the label (长孙柯振宇).
            if (surname == 2 && i + 2 < text.Length && Surnames.Contains(text[i + 2]) && HasLabelBefore(text, i + 2))
            {
                continue;
            }
            var before = BeforeAt(text, i);
            // Most surname characters sit inside words with nothing before them: rule those out on one or two lookups.
            if (before == Before.None && !MayBeUnlabelled(text, i + surname))
            {
                continue;
            }
            var length = NameLength(text, i, surname, before);
            if (length > 0 && !(before == Before.Strong && FamousAfterRoleOnly(text, i, length)))
            {
                names.Add(new(i, i + length));
                i += length - 1;
            }
        }
    }

    // What Unlabelled can accept at all: a title right after one or two given characters, or two common given characters.
    private static bool MayBeUnlabelled(string text, int given) =>
        given + 1 < text.Length
        && (StrongAfter.FirstChars.Contains(text[given + 1])
            || (given + 2 < text.Length && StrongAfter.FirstChars.Contains(text[given + 2]))
            || CommonGivenName(text, given, 2));

    private static Before BeforeAt(string text, int at)
    {
        if (HasLabelBefore(text, at) || EndsWithAny(text, at, Relations) || HasRoleNounBefore(text, at))
        {
            // 会员费, 学员费, 用户费: a fee word runs on from the label, so 费 there is no surname (会员费值不值得办).
            return text[at] == '费' && at > 0 && HanText.IsHan(text[at - 1]) ? Before.Weak : Before.Strong;
        }
        if (AfterFieldColon(text, at) || EndsWithAny(text, at, MediumBefore) || CalledAtClauseStart(text, at) || AfterDepartment(text, at)
            || AfterNumberedPlace(text, at))
        {
            return Before.Medium;
        }
        if (at == 0 || text[at - 1] is ' ' or '\t' or '\u3000' or '\n' or '\r' or '|' or '｜' or '“' or '「' or '『' or '‘' or '"' or '\'' or '（' or '(' or '【' or '、')
        {
            return Before.Token;
        }
        return IsBoundary(text[at - 1]) || EndsWithAny(text, at, WeakBefore) ? Before.Weak : Before.None;
    }

    // "财务部邝丽华", "综合科韦建国", "人事处蒋红梅": a unit of the writer's organisation names its member, as a field label
    // would; not 全部, 内部, 腹部, 外科, 好处 (words, not units) before a surname.
    private static bool AfterDepartment(string text, int at) =>
        at >= 3 && text[at - 1] is '部' or '科' or '处' or '组' or '室' && HanText.IsHan(text[at - 2]) && HanText.IsHan(text[at - 3])
        && !NotDepartments.Contains(text[at - 2]) && !UnitRunsOn(text, at);

    // 监管部门罚款, 处于, 组成: the unit character and a surname character after it make a word, so no name starts there.
    private static bool UnitRunsOn(string text, int at) =>
        text.AsSpan(at - 1, 2) is "部门" or "部位" or "处于" or "组成" or "科室" or "处方" or "室温";

    // "3床葛淑琴" (a ward's bed), "第二十一世彭德厚" (a genealogy's generation): a numbered bed or generation names its person.
    // A space may stand between the number and 床 (5 床庞秋菊), as ward chats write it.
    private static bool AfterNumberedPlace(string text, int at) =>
        at >= 2 && text[at - 1] is '床' or '世' && (char.IsAsciiDigit(text[at - 2]) || CountNumerals.Contains(text[at - 2])
            || (text[at - 1] == '床' && at >= 3 && text[at - 2] == ' ' && char.IsAsciiDigit(text[at - 3])));

    // The first characters of 全部, 内部, 胸部, 外科, 本科, 到处, 好处, 小组 … : these words are no unit.
    private static readonly SearchValues<char> NotDepartments = SearchValues.Create("全内外局东西南北中头腹胸背脸面腿足腰颈肩臀本专学到好此各何住处小每一该");

    // Role words that start with a surname character (房东可以…, 房客说…, 司机师傅): the role, not a name; a name may follow.
    // Associations named by their members (车友会, 商会, 宗亲会) are no one either.
    private static readonly WordList RoleStarts = new(["房东", "房客", "房主", "司机", "车主", "师傅", "师父", "车友会", "车友", "商会", "宗亲会"]);

    // "入职登记：吴国栋": any label, then a colon (and spaces), then the name.
    private static bool AfterFieldColon(string text, int at)
    {
        var k = at;
        while (k > 0 && text[k - 1] is ' ' or '\u3000')
        {
            k--;
        }
        return k > 1 && text[k - 1] is '：' or ':' && HanText.IsHan(text[k - 2]);
    }

    private static After AfterAt(string text, int at) =>
        at == text.Length || IsBoundary(text[at]) ? After.Boundary
        : StartsWithAny(text, at, StrongAfter) ? After.Title
        : StartsWithAny(text, at, BoundaryAfter) || IsCount(text, at) ? After.Word
        : After.None;

    // A count right after a name (司徒静三个月工资, 王芳两次逾期): a numeral and a measure word end the name.
    private static bool IsCount(string text, int at) =>
        at + 1 < text.Length && CountNumerals.Contains(text[at]) && CountMeasures.Contains(text[at + 1]);

    private static readonly SearchValues<char> Units = SearchValues.Create("元万米毛石步时路楼门位支包方班区封伏盖");

    // A measure word after a numeral or demonstrative is no surname (写一段东北话, 这位老师, 一张表): the name, if any, comes after.
    private static readonly SearchValues<char> HanCounters = SearchValues.Create("一两几这那每半整");
    private static readonly SearchValues<char> MeasureSurnames = SearchValues.Create("段封支项门位包张席");

    private static readonly SearchValues<char> OneWords = SearchValues.Create("下些点次起样直定般切半旦共再同致律概带边旁侧");

    private static readonly SearchValues<char> CountNumerals = SearchValues.Create("一二三四五六七八九十两几半");
    private static readonly SearchValues<char> CountMeasures = SearchValues.Create("个月年次笔万千百天周期份");

    // 0 when no reading as a name fits; else the full name's length (surname and one or two given characters).
    private static int NameLength(string text, int at, int surname, Before before)
    {
        var one = at + surname + 1;
        var two = one + 1;
        if (one > text.Length || !GivenNameFits(text, at + surname, 1))
        {
            return one > text.Length ? 0 : Math.Max(KoreanJaeName(text, at, surname, before), FunctionWordGivenName(text, at, surname, before));
        }
        var afterOne = AfterAt(text, one);
        var twoFits = two <= text.Length && GivenNameFits(text, at + surname, 2);
        var afterTwo = twoFits ? AfterAt(text, two) : After.None;
        if (before == Before.Strong)
        {
            // 阿嬤林陳秀琴, 家母張李玉蘭: a married woman's name in Taiwan and Hong Kong puts her husband's surname before her own;
            // read whole when the three-character reading runs on and the four-character one ends where a name ends.
            if (surname == 1 && twoFits && afterTwo == After.None && Surnames.Contains(text[at + 1]) && two + 1 <= text.Length
                && GivenNameFits(text, at + 2, 2) && AfterAt(text, two + 1) != After.None && !Vetoed(text, at, 4, before))
            {
                return 4;
            }
            var labelled = Labelled(text, at, surname, afterOne, twoFits, afterTwo);
            if (labelled > 0 && !Vetoed(text, at, labelled, before))
            {
                return labelled;
            }
            // 租户米兰反映…, 客户常青投诉…: a given name that is also a word or a place, after a record label and before what only a
            // person does.
            if (surname == 1 && one < text.Length && (StartsWithAny(text, one, PersonVerbs) || BirthOrAgeAfter(text, one))
                && ChineseWords.Kind(text.AsSpan(at, 2)) != ChineseWordKind.KnownPerson)
            {
                return 2;
            }
        }
        else if (before is Before.Medium or Before.Token)
        {
            // A field value or a set-apart token: any given name that ends where the token ends (for a token: at a
            // space, punctuation or a title, not at a word like 的).
            // Where both lengths end well, the longer one wins when it ends at a boundary or is made of common given
            // characters (给张志刚写: 刚 may end a name too).
            bool Ends(After after) => before == Before.Medium ? after != After.None : after is After.Boundary or After.Title;
            var oneEnds = Ends(afterOne) && !Vetoed(text, at, one - at, before);
            var twoEnds = twoFits && Ends(afterTwo) && !Vetoed(text, at, two - at, before);
            if (twoEnds && (!oneEnds || afterTwo is After.Boundary or After.Title || CommonGivenName(text, at + surname, 2)))
            {
                return two - at;
            }
            if (oneEnds)
            {
                return one - at;
            }
        }
        // Otherwise only common given-name characters make a name, and nothing jieba knows as a word or a person; nor
        // three characters that run on from a word or a known name (宁波 in 宁波银行, 鲁迅 in 鲁迅出生).
        var length = before == Before.None
            ? Unlabelled(text, at, surname, afterOne, twoFits, afterTwo)
            : Bounded(text, at, surname, afterOne, twoFits, afterTwo);
        if (length == 0 || Vetoed(text, at, length, Before.Weak))
        {
            return 0;
        }
        return length == surname + 2 && afterTwo != After.Title && RunsOn(text, at, surname) ? 0 : length;
    }

    // Three characters read off a run of words: a word or known name and one more character (鲁迅 in 鲁迅出生), unless
    // both given characters are common ones (王国强); or the last one starting a word (银行 in 宁波银行).
    private static bool RunsOn(string text, int at, int surname)
    {
        if (!CommonGivenName(text, at + surname, 2) && ChineseWords.Kind(text.AsSpan(at, surname + 1)) != ChineseWordKind.None)
        {
            return true;
        }
        var last = at + surname + 1;
        return last + 2 <= text.Length && HanText.IsHan(text[last + 1]) && ChineseWords.Kind(text.AsSpan(last, 2)) == ChineseWordKind.Word;
    }

    // A label or relation before the name vouches for it even when the next word runs on: 我朋友李娜怀孕.
    private static int Labelled(string text, int at, int surname, After afterOne, bool twoFits, After afterTwo)
    {
        var one = at + surname + 1;
        // 出险人伍志刚，: a word that may end a name (刚, 已) is the name's last character when a boundary follows it.
        if (afterOne == After.Word && twoFits && afterTwo is After.Boundary or After.Title && CommonGivenName(text, at + surname, 2))
        {
            return one + 1 - at;
        }
        if (afterOne != After.None)
        {
            return one - at;
        }
        if (!twoFits)
        {
            return one - at;
        }
        if (CommonGivenName(text, at + surname, 2) || afterTwo != After.None)
        {
            return one + 1 - at;
        }
        if (!CommonGivenName(text, at + surname, 1))
        {
            // Two name characters that are not among the most common ones (鞠长江, 韩梦瑶), running on into the next word: a
            // name after a label, unless the text starts an ordinary word there (客户满意度, 甲方单位, 被告向原告).
            return NameGivenName(text, at + surname, 2) && ChineseWords.Kind(text.AsSpan(at, surname + 1)) != ChineseWordKind.Word
                && ChineseWords.Kind(text.AsSpan(at, surname + 2)) != ChineseWordKind.Word ? one + 1 - at : 0;
        }
        return CommonGivenName(text, at + surname + 1, 1) ? one + 1 - at : one - at;
    }

    // Characters found in given names beyond the most common ones (长, 江, 梦, 良, 福…): only read after a label.
    private static readonly SearchValues<char> NameChars = SearchValues.Create(GivenNameChars
        + "良长江河山川梦福寿永德贵富庆保安宝才昌朝承诚崇初楚春纯聪翠达丹登迪典冬栋端恩帆方芳丰枫凤甫富刚歌根耕功冠广贵国海汉航"
        + "浩和鹤恒红宏洪虹鸿厚湖虎华怀欢焕辉惠慧吉纪继佳嘉坚剑健江杰洁金锦进晋京景敬静菊军君俊凯楷康柯坤兰岚朗乐雷蕾黎礼力立莉"
        + "连亮林玲铃凌令柳龙隆禄路露伦罗洛满茂梅美萌蒙梦敏明鸣铭木牧慕娜南楠妮年宁凝培佩鹏萍平璞奇琪启千谦乾强乔巧琴勤青清晴庆"
        + "秋全泉群冉仁荣容蓉如儒瑞润若森山善尚少绍升胜圣诗石世仕寿书淑舒树帅双顺思松颂素泰堂桃腾天田添廷亭庭彤桐童旺威薇维伟卫"
        + "蔚文闻武舞西希曦溪喜霞仙先贤宪祥享潇晓孝心欣新星兴幸雄秀旭绪宣玄学雪勋亚雅延岩炎研彦艳燕扬阳杨洋耀野叶仪怡宜义艺忆易"
        + "益逸翼毅茵银寅莺英瑛盈颖映永勇优悠友佑余宇羽雨语玉育昱郁渊元园源远月跃越云运韵泽增展章昭照哲真振震镇征正之芝枝知志治"
        + "致忠钟舟洲竹筑祝卓子梓紫宗祖尊佐墨辰骏驰豪霆雯婷琦璐瑶萱蕊馨悦妍"
        // Northern given names open with 大 (大伟, 大勇, 大海): read after a label only, like the rest of this set.
        + "大"
        // Rural and older generations' given names (有财, 铁柱, 小豆, 翠花, 秋菊, 春生, 满仓): after a label or role noun only.
        + "财铁柱豆米花娃妞栓锁发来娥香草苗壮豹水土仓粮芹妹生根蛋");

    private static bool NameGivenName(string text, int from, int length)
    {
        for (var k = from; k < from + length; k++)
        {
            if (!NameChars.Contains(text[k]))
            {
                return false;
            }
        }
        return true;
    }

    // A clause boundary before the name (or a word like 跟, 让): common given-name characters.
    private static int Bounded(string text, int at, int surname, After afterOne, bool twoFits, After afterTwo)
    {
        var one = at + surname + 1;
        if (afterOne == After.Title || (afterOne != After.None && CommonGivenName(text, at + surname, 1)))
        {
            return one - at;
        }
        if (!twoFits)
        {
            return 0;
        }
        // Two common given characters run on (我朋友李娜怀孕); any others must end where a name ends.
        return CommonGivenName(text, at + surname, 2) || afterTwo != After.None ? one + 1 - at : 0;
    }

    // Mid-sentence, nothing before: a title after it, or two common given characters and what a person does (说, 确诊, 被).
    private static int Unlabelled(string text, int at, int surname, After afterOne, bool twoFits, After afterTwo)
    {
        var one = at + surname + 1;
        if (afterOne == After.Title)
        {
            return one - at;
        }
        if (!twoFits)
        {
            return 0;
        }
        return afterTwo == After.Title || (CommonGivenName(text, at + surname, 2) && StartsWithAny(text, one + 1, PersonPredicates)) ? one + 1 - at : 0;
    }

    // An ordinary word is never a name; with less than a label before it, neither is a name jieba knows (鲁迅, 林黛玉).
    // jieba tags some nouns as people too (高中生): after a label, a "known person" that is a word and one more
    // uncommon character is taken for the noun.
    private static bool Vetoed(string text, int at, int length, Before before) =>
        ChineseWords.Kind(text.AsSpan(at, length)) switch
        {
            ChineseWordKind.None => false,
            ChineseWordKind.Word => true,
            ChineseWordKind.NameLikeWord => before != Before.Strong,
            _ => before is not (Before.Strong or Before.Medium or Before.Token)
                || (!CommonGivenName(text, at + length - 2, 2) && ChineseWords.Kind(text.AsSpan(at, length - 1)) == ChineseWordKind.Word),
        };

    private static int SurnameLength(string text, int at)
    {
        if (CompoundFirst.Contains(text[at]) && at + 1 < text.Length && CompoundLookup.Contains(text.AsSpan(at, 2)))
        {
            return 2;
        }
        return Surnames.Contains(text[at]) ? 1 : 0;
    }

    private static bool GivenNameFits(string text, int from, int length)
    {
        for (var k = from; k < from + length; k++)
        {
            if (!HanText.IsHan(text[k]) || NotNames.Contains(text[k]))
            {
                return false;
            }
        }
        // 一下, 一些, 一直 … are no given name (说明一下 is not 明一下); nor is a record role (我方租户 is not 方租户, 甲方客户).
        return length != 2 || ((text[from] != '一' || !OneWords.Contains(text[from + 1])) && !RoleGivenParts.Contains(text.AsSpan(from, 2)));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleGivenParts = new HashSet<string>(StringComparer.Ordinal)
    {
        "租户", "客户", "用户", "住户", "会员", "学员", "雇员", "职员", "租客", "房客", "顾客", "乘客", "旅客", "住客", "业主", "员工", "职工",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool CommonGivenName(string text, int from, int length)
    {
        for (var k = from; k < from + length; k++)
        {
            if (!GivenNames.Contains(text[k]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasLabelBefore(string text, int at)
    {
        var end = LabelEnd(text, at);
        if (end == 0 || !StrongBefore.LastChars.Contains(text[end - 1]))
        {
            return false;
        }
        foreach (var label in StrongBefore.EndingWith(text[end - 1]))
        {
            if (end >= label.Length && string.CompareOrdinal(text, end - label.Length, label, 0, label.Length) == 0)
            {
                return true;
            }
        }
        return false;
    }

    // "我同事赵敏", "我婆婆郑淑芬", "我妈袁桂芳": a relation word right before the name.
    private static readonly WordList Relations = new(
    [
        "同事", "朋友", "邻居", "婆婆", "公公", "岳母", "岳父", "妈妈", "爸爸", "母亲", "父亲", "老公", "老婆", "丈夫", "妻子", "儿子", "女儿",
        "领导", "下属", "室友", "表哥", "表姐", "舅舅", "姑姑", "外婆", "奶奶", "爷爷", "我妈", "我爸", "我姐", "我哥", "我弟", "我妹",
        "哥哥", "姐姐", "弟弟", "妹妹", "闺蜜", "表弟", "表妹", "堂哥", "堂姐", "堂弟", "堂妹", "孙子", "孙女", "外公", "姥姥", "姥爷",
        "叔叔", "阿姨", "伯伯", "大伯", "姨妈", "小姨", "舅妈", "嫂子", "姐夫", "妹夫", "男朋友", "女朋友", "男友", "女友", "对象",
        "未婚夫", "未婚妻", "前妻", "前夫", "老板", "上司", "主管", "孩子", "宝宝", "儿媳", "女婿", "侄子", "侄女", "外甥", "徒弟",
        "房东", "合伙人", "同桌", "同学", "老同学", "发小", "好友", "亲戚", "媳妇", "小孩", "学生", "病人家属",
        // A daughter said colloquially and people from the writer's home town or unit (闺女, 老乡, 战友, 舍友).
        "闺女", "老乡", "同乡", "战友", "舍友", "小舅子", "大舅子", "小姨子", "大姨子", "连襟", "妯娌", "舅子", "姨姐",
        // Family-tree kin, with an order or a generation before them (三叔公, 二伯父, 曾祖母): 家谱, 讣告, 寿宴.
        "叔公", "伯公", "舅公", "姑婆", "姨婆", "祖父", "祖母", "太爷爷", "太奶奶", "太姥姥", "伯父", "伯母", "叔父", "婶婶", "姑父",
        "姑妈", "姨父", "姨夫", "表叔", "堂叔", "继父", "继母", "养父", "养母", "干爹", "干妈", "外孙", "外孙女",
        // How obituaries and letters name one's own parents and late spouse (先父, 家母, 亡妻).
        "先父", "先母", "家父", "家母", "亡父", "亡母", "先夫", "亡夫", "亡妻", "先严", "先慈",
        // A Taiwan or Hong Kong obituary's late father and mother (顯考, 顯妣 as folded) and grandparents.
        "显考", "显妣", "先考", "先妣", "显祖考", "显祖妣", "先祖父", "先祖母",
        // Cantonese kin (阿爺, 阿嫲, 老豆, 細佬, 家姐 as folded).
        "阿爷", "阿嫲", "阿婆", "阿公", "阿妈", "阿爸", "老豆", "老窦", "细佬", "家姐", "阿哥", "阿姐", "阿妹", "老爸", "老妈", "亲家",
        // A parent's note to a teacher names the child humbly (小儿, 犬子, 小女) or in Cantonese (我個仔, 個女 as folded).
        "小儿", "犬子", "小女", "爱女", "爱子", "个仔", "个女", "我仔", "我家", "阿嬤", "阿嬷", "太婆", "太公", "曾祖母", "曾祖父",
        // The writer's superiors at work by post (我们主任卞海涛, 科长…).
        "主任", "科长", "处长", "组长", "经理", "厂长", "车间主任", "班长", "队长",
        // Northern dialect kin (俺老舅孙大海, 俺爹, 二姨): the order or 老 before the kin word, and 俺 for 我.
        "老舅", "大舅", "二舅", "三舅", "小舅", "老姨", "大姨", "二姨", "三姨", "老姑", "大姑", "二姑", "小姑", "老叔", "二叔", "三叔",
        "小叔", "俺爹", "俺娘", "俺爸", "俺妈", "俺哥", "俺姐", "俺弟", "俺妹", "俺媳妇", "俺男人", "俺老婆", "俺老公",
        "老爷子", "老太太", "兄弟", "俺兄弟", "老太爷",
    ]);

    private static bool EndsWithAny(string text, int at, WordList words)
    {
        if (at == 0 || !words.LastChars.Contains(text[at - 1]))
        {
            return false;
        }
        foreach (var word in words.EndingWith(text[at - 1]))
        {
            if (at >= word.Length && string.CompareOrdinal(text, at - word.Length, word, 0, word.Length) == 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithAny(string text, int at, WordList words)
    {
        if (at >= text.Length || !words.FirstChars.Contains(text[at]))
        {
            return false;
        }
        foreach (var word in words.StartingWith(text[at]))
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0 && at + word.Length <= text.Length)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsBoundary(char c) =>
        !HanText.IsHan(c) && !char.IsAsciiLetter(c) && c is not '《' and not '》' and not '「' and not '『';

    /// <summary>Words with the sets of their first and last characters, so most positions are ruled out in one look.</summary>
    private sealed class WordList(string[] words)
    {
        public string[] Words { get; } = words;

        public SearchValues<char> FirstChars { get; } = SearchValues.Create([.. words.Select(w => w[0]).Distinct()]);

        public SearchValues<char> LastChars { get; } = SearchValues.Create([.. words.Select(w => w[^1]).Distinct()]);

        // The words by their first and by their last character, in list order: a word that does not start (end) with the
        // text's character there cannot compare equal, so only these are compared.
        private readonly Dictionary<char, string[]> _byFirst = words.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
        private readonly Dictionary<char, string[]> _byLast = words.GroupBy(w => w[^1]).ToDictionary(g => g.Key, g => g.ToArray());

        public string[] StartingWith(char c) => _byFirst.TryGetValue(c, out var list) ? list : [];

        public string[] EndingWith(char c) => _byLast.TryGetValue(c, out var list) ? list : [];
    }
}
