using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Personal-data classes of the nineteenth pass (issue 15, session 27, people): word-like zh given names set apart after a role
/// or relation (客户 素心, 同事 冷月), rare Hundred Family surnames (贲, 乜, 隗, 凤, 苍), a real-name marker between role and name
/// (玩家 实名 …), a school office's attendance notes for 学生; en register roles (a moderation queue's reporter, member and user,
/// youth justice's young person and child, a consulate's detained citizen or national with an honorific), quoted nicknames inside
/// names and stipends or retainers as pay. As exemptions: a web novel's or script's cast (网文, 女主, 人物设定, my character), a life
/// told from a birth before 1900. Hard negatives beside each class and must-still-fire rows for each exemption (GUIDE). All
/// examples are written for these tests.
/// </summary>
public sealed class PersonContextNineteenthPassTests
{
    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("典当行客户：客户 素心 连续两次绝当。帮我写客户关怀短信。")]
    [InlineData("当铺的老客户：客户 青禾 已经两次到期没赎回。帮我写一条提醒短信。")]
    [InlineData("花店会员：会员 晚晴 已经三个月没来取花了，帮我写条回访短信。")]
    [InlineData("健身房私教记录：学员 竹影 这个月旷课 4 次，帮我写提醒。")]
    [InlineData("房东群：租客 春山 已经两个月没交房租了，帮我写催租消息。")]
    [InlineData("我同事 若水 说她得了抑郁症，在吃舍曲林，帮我写条安慰她的消息。")]
    [InlineData("我室友 晴川 说她确诊了焦虑症，在吃帕罗西汀，我想发条消息鼓励她，帮我写。")]
    [InlineData("我同事 冷月 说她得了抑郁症，正在吃舍曲林，帮我写条消息安慰她。")]
    [InlineData("我邻居 云舒 说她查出了乳腺结节，帮我写条关心的微信。")]
    [InlineData("病友群：病友 夏至 说他确诊了糖尿病，在打胰岛素，帮我写条鼓励的话。")]
    public void ChineseWordLikeNamesAfterRoles_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("用户 体验 已经成为产品设计的核心，帮我写一段介绍。")]
    [InlineData("客户 信息 被泄露了应该怎么办？")]
    [InlineData("学生 作业 太多怎么办？写一篇评论。")]
    [InlineData("同事 关系 不好说怎么处理？")]
    [InlineData("朋友 圈 说说怎么写才有意思？")]
    public void ChineseWordLikeNamesAfterRoles_HardNegatives(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("微医复诊：患者 贲秀兰，银屑病，阿维A 每日 25mg。帮我写复诊小结。")]
    [InlineData("门诊病历：患者 隗淑芬，高血压三级，氨氯地平 5mg qd。帮我写随访提醒。")]
    [InlineData("处方单：患者 凤雅琪，焦虑发作，帕罗西汀 20mg qd。帮我解释副作用。")]
    [InlineData("寻人启事帮我改通顺：寻找 乜国栋，大约 1968 年 3 月出生，老家 湖南邵阳。")]
    [InlineData("寻人委托：寻找 乜红梅，约 1972 年 8 月出生，籍贯 广西玉林。帮我写正式点。")]
    [InlineData("失散亲人寻找：寻找 贲国华，大约 1965 年 10 月出生，老家 山东临沂。帮我写寻人启事。")]
    [InlineData("培训学校班主任：学员 隗思远 这个月旷课 7 次，可能影响出勤证明。帮我写提醒邮件。")]
    [InlineData("驾校教务：学员 乜晓峰 本月缺勤 6 次，帮我写提醒短信。")]
    [InlineData("手游账号申诉：玩家 实名 邝志远 称被误封，帮我拟一段客服答复。")]
    [InlineData("游戏封号申诉：玩家 实名 储浩然 说没有开挂，帮我写客服回复。")]
    [InlineData("网游客服工单：玩家 实名 蔺浩宇 申诉账号被盗，帮我写回复。")]
    [InlineData("直播平台封禁复核：用户 实名 苍雅琴 称被误封，帮我拟一段答复。")]
    [InlineData("语言学校：学生 詹雨桐 本月缺勤 8 次。帮我写提醒邮件。")]
    [InlineData("钢琴学校：学生 贲子涵 本月缺勤 5 次，帮我写给家长的提醒邮件。")]
    [InlineData("舞蹈培训教务：学生 苍可欣 本学期旷课 6 次，帮我写一封提醒信。")]
    public void ChineseRareSurnamesAndRealNameMarker_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("玩家 实名 认证 是怎么回事？帮我解释一下。")]
    [InlineData("游戏玩家实名认证有什么作用？")]
    [InlineData("语言学校的学生一般多久需要续签证？")]
    [InlineData("凤凰古城 有什么好玩的？推荐一下。")]
    [InlineData("苍山 洱海 两天怎么玩？")]
    [InlineData("贲门癌 术后 饮食要注意什么？")]
    [InlineData("寻人启事一般怎么写？给我一个模板。")]
    [InlineData("职业玩家 李白 这个角色怎么玩？")]
    public void ChineseRareSurnamesAndRealNameMarker_HardNegatives(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("我在写网文，男主 沈砚 有抑郁症，怎么写才不刻意？")]
    [InlineData("我在写小说，女主 林晚 得了白血病，帮我写一段医院的情节。")]
    [InlineData("剧本人物设定：男主 顾北 有焦虑症，帮我补充背景故事。")]
    [InlineData("网文女配 许念 有躁郁症，帮我设计她的几场戏。")]
    [InlineData("I'm writing my novel: my character Elena Marsh has bipolar disorder. How do I show it well?")]
    public void ChineseFictionFrames_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("我同事 沈砚 说他得了抑郁症，在吃舍曲林，帮我写条安慰的消息。")]
    [InlineData("患者 林晚，急性白血病，化疗第二周期。帮我写病程记录。")]
    public void ChineseFictionFrames_MustStillFire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Moderation queue: reporter Ana Souza flagged member Kenji Mori for doxxing; one earlier strike. Draft the enforcement decision.")]
    [InlineData("Forum moderation log: reporter Priya Nair flagged member Tomasz Zielinski for spam; two prior strikes. Draft the ban notice.")]
    [InlineData("Trust and safety ticket: user Olivia Grant flagged user Diego Ramos for impersonation. Write the enforcement summary.")]
    [InlineData("Youth justice note: young person Callum Reid attended his restorative session. Write it up for the panel.")]
    [InlineData("Youth offending team note: young person Jordan Pryce completed the community reparation hours. Write it up for the referral panel.")]
    [InlineData("Children's services case note: young person Tyler Hughes missed his placement review. Write it up for the social worker.")]
    [InlineData("Safeguarding log: child Mia Thornton disclosed at school; social worker informed. Summarise for the panel.")]
    [InlineData("Consular register: detained citizen Mr Yaw Mensah, held in Niamey, visited 9 May. Draft the visit note.")]
    [InlineData("Embassy welfare log: detained national Ms Amara Okafor, held in Lomé, visited on 2 March. Draft the visit summary.")]
    [InlineData("High commission welfare note: detained national Mrs Grace Mwangi, held in Dubai, visited 3 June by consular staff. Write the summary.")]
    [InlineData("Consular case: arrested citizen Mr Tomas Novak, in custody in Hanoi; lawyer appointed. Draft the update to next of kin.")]
    public void EnglishRegisterRoles_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("What does a youth justice worker do when a young person misses a session?")]
    [InlineData("News: the embassy said detained citizen Evan Gershkovich was visited by consular staff; write a headline.")]
    [InlineData("How should a moderation team handle a user who flagged another member for harassment?")]
    [InlineData("Explain the role of a reporter in a content moderation queue.")]
    [InlineData("Write a guide for social workers on how to write case notes about a young person.")]
    [InlineData("What rights does a detained citizen have to a consular visit under the Vienna Convention?")]
    [InlineData("Write a short story about a child named Tom Baker who finds a dragon in the session room.")]
    public void EnglishRegisterRoles_HardNegatives(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Esports contract: player Seo-yeon \"Nova\" Kim, monthly stipend $3,800 plus 10% of winnings. Explain to her parents.")]
    [InlineData("Racing team rider agreement: rider Min-ho \"Blaze\" Cho, monthly retainer $6,200 plus 15% of podium bonuses. Explain it in plain words for his family.")]
    [InlineData("Boxing gym contract: fighter Luis \"El Toro\" Mendez, monthly retainer $2,500 plus 30% of purses. Explain it to his wife.")]
    [InlineData("Streamer agency deal: creator Aiko “Miso” Tanaka, monthly stipend $1,900 plus 50% of subs. Summarise for her parents.")]
    public void QuotedNicknamesAndStipends_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("What is a typical monthly stipend for esports players in Korea?")]
    [InlineData("Who is Lee \"Faker\" Sang-hyeok and why is he famous?")]
    [InlineData("Write a template contract: player [Name] \"[Nickname]\" [Surname], monthly stipend $____.")]
    [InlineData("How do retainers work for freelance designers?")]
    public void QuotedNicknamesAndStipends_HardNegatives(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Summarise Olaudah Equiano's life, from his birth around 1745 to his death.")]
    [InlineData("Write a timeline of Olaudah Equiano's life from his birth around 1745.")]
    [InlineData("Write a short biography of Phillis Wheatley, from her birth around 1753 in West Africa.")]
    [InlineData("When was Mozart born? Give a timeline of his life from his birth in 1756.")]
    public void HistoricalBirthAround_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Care home admission: patient Edna Wright, born 12 May 1941, mild dementia. Write the care plan intro.")]
    [InlineData("Client file: Arthur Pennington, date of birth 3 March 1938. Summarise his pension options.")]
    [InlineData("Asylum interview: \"Full name? Hamid Reza Tavakoli. Date of birth? 2 Mehr 1369.\" Convert the date to the Gregorian calendar.")]
    public void HistoricalBirthAround_MustStillFire(string text) =>
        Assert.True(IsSensitive(text));
}
