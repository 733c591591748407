using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// The markers real documents and chats carry beyond the banner words: disclaimers, envelope and legal spellings,
/// restrictive instructions in chat, level fields with a code for a value, and Chinese compounds (公司机密, 保密信息, 涉密).
/// </summary>
public sealed class ConfidentialMarkerVariantsTests
{
    private readonly ConfidentialMarkerDetector _detector = new();

    [Theory]
    [InlineData("老王，这个是公司机密，你看完就删了：下季度计划关停苏州工厂。", "公司机密")]
    [InlineData("此邮件包含保密信息，仅供指定收件人使用。\n附件是新产品的定价方案，请帮我润色。", "保密信息", "仅供指定收件人")]
    [InlineData("这份材料涉密，不要发到外网。帮我总结一下要点。", "涉密")]
    [InlineData("注意：本文件仅限公司内部使用。\n一、项目背景", "仅限公司内部")]
    [InlineData("帮我改写一下这段话，保密，别给别人看：我们准备裁掉上海研发团队。", "别给别人看")]
    [InlineData("【商业机密】客户报价清单：A公司单价12.5元。", "商业机密")]
    [InlineData("核心机密！新款手机发布会定在9月12日。", "核心机密")]
    [InlineData("内部讨论稿，不对外公开。\n关于调整经销商返点政策的建议。", "内部讨论稿", "不对外公开")]
    [InlineData("This email and any attachments are confidential and intended solely for the addressee.", "confidential")]
    [InlineData("Commercial in confidence\nTender response: unit rate $212.", "Commercial in confidence")]
    [InlineData("Without prejudice\nWe offer to settle at 60% of the amount claimed.", "Without prejudice")]
    [InlineData("Attorney work product. Summary of witness interviews.", "Attorney work product")]
    [InlineData("For official use only\nCutover Saturday 02:00.", "For official use only")]
    [InlineData("Internal distribution only.\nQ3 headcount plan.", "Internal distribution only")]
    [InlineData("Please keep this confidential: the audit found an error in the Q2 accounts.", "keep this confidential")]
    [InlineData("Sensitive - do not share outside the leadership team. Reorg proposal attached.", "do not share outside")]
    [InlineData("This document contains material non-public information. Q4 earnings will miss guidance.", "material non-public information")]
    [InlineData("Personal & confidential\nPerformance improvement plan.", "Personal & confidential")]
    [InlineData("Confidential draft v3 - summarise the key changes in our pricing model.", "Confidential")]
    [InlineData("TLP:AMBER\nIndicators of compromise from last week's phishing wave.", "TLP:AMBER")]
    [InlineData("请务必保密：下个月公司要被收购了。", "务必保密")]
    public void Detect_MarkedTextInOtherWords_FindsTheMarkers(string text, params string[] markers)
    {
        var found = SensitivityClassifierFactory.Find(_detector, text, Router.Classification.SensitivityScope.None);

        Assert.Equal(markers, found.Select(f => f.Value));
    }

    [Theory]
    [InlineData("Security classification: Amber\nIncident report 2025-114.", "Amber")]
    [InlineData("保密等级：内部\n关于下半年组织架构调整的通知", "内部")]
    [InlineData("Sensitivity: Internal\nRoadmap for FY27.", "Internal")]
    public void Detect_LevelFieldWithACode_ReportsTheValue(string text, string value) =>
        DetectorAssert.FindsExactly(_detector, text, value);

    [Theory]
    [InlineData("The film is not for release in China, according to the distributor.")]
    [InlineData("The drug had a limited distribution in Europe; summarise its history.")]
    [InlineData("Write an SMS reminding customers that their PIN is personal: do not share it with anyone.")]
    [InlineData("问卷说明：本问卷匿名填写，您的信息将严格保密，仅用于学术研究。")]
    [InlineData("Is Windows proprietary software? Compare it with Linux.")]
    [InlineData("What counts as inside information under the EU Market Abuse Regulation?")]
    [InlineData("Classification: Mammalia\nOrder: Carnivora\nWrite a short description of the lion.")]
    [InlineData("Data classification: a beginner's guide for small businesses")]
    [InlineData("Sensitivity: 92%\nSpecificity: 88%\nExplain what these test figures mean.")]
    [InlineData("保密等级：公开\n2026年春节放假安排")]
    [InlineData("机密文件管理办法\n第一条 为加强机密文件管理，制定本办法。")]
    [InlineData("Confidential memo template for HR, with three examples.")]
    [InlineData("请解释TLP:RED和TLP:AMBER的区别。")]
    [InlineData("What is attorney work product and how is it different from attorney-client privilege?")]
    [InlineData("写一份保密协议模板，甲方为公司，乙方为员工。")]
    [InlineData("Each deed provided that the use of the land herein conveyed is restricted to single-family dwellings only.")]
    [InlineData("推荐一部谍战电影，比如《绝密飞行》这种类型的。")]
    public void Detect_OrdinaryUseOrQuestion_FindsNothing(string text) =>
        DetectorAssert.FindsNothing(_detector, text);
}
