using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>A named private person with a health condition, diagnosis, treatment or medication.</summary>
internal sealed class PersonHealthDetector : PersonAttributeDetector
{
    internal static readonly CueSet HealthCues = new(
        "diagnos*", "prescri*", "admitted", "admission", "discharg*", "surgery", "operation on", "operated on", "post-op", "cancer*",
        "tumor*", "tumour*", "diabet*", "depression", "depressed", "depressive", "anxiety", "pneumonia", "medication*", "medicine*", "therap*", "chemo*", "dialysis",
        "allerg*", "HIV", "pregnan*", "hypertension", "blood pressure", "asthma", "disorder*", "syndrome", "infection*", "fractur*",
        "injury", "injuries", "symptom*", "illness*", "disease*", "sick", "ill with", "medical condition", "heart condition", "treatment for", "treatment of", "in treatment", "under treatment", "treated for", "hospital*", "mg", "dose*",
        "dosage", "insulin", "inhaler", "stroke", "heart attack", "seizure*", "epilep*", "dementia", "alzheimer*", "autism", "ADHD",
        "bipolar", "schizo*", "migraine*", "covid", "hepatitis", "HbA1c", "glucose", "cholesterol", "rehab*", "sick leave",
        "medical leave", "mental health", "addiction", "overdose", "ICU", "ER visit", "biopsy", "MRI", "CT scan", "x-ray", "vaccin*",
        "antibiotic*", "opioid*", "physiotherap*", "psychiatr*", "oncolog*", "cardiac", "arrhythmia", "fibrillation", "kidney", "liver",
        "pain", "aspirin", "ibuprofen", "paracetamol", "acetaminophen", "metformin", "warfarin", "lisinopril", "atorvastatin",
        "amlodipine", "amoxicillin", "prednisone", "oxycodone", "morphine", "sertraline", "fluoxetine", "lithium", "levothyroxine",
        "omeprazole", "albuterol", "salbutamol", "antidepressant*", "statin*", "opiate*", "painkiller*",
        "诊断", "确诊", "患有", "患上", "病史", "住院", "出院", "入院", "手术", "术后", "服用", "口服", "用药", "药物", "癌", "肿瘤", "糖尿病",
        "高血压", "抑郁", "焦虑", "化疗", "放疗", "过敏", "阳性", "病假", "症", "病", "血糖", "血压", "骨折", "怀孕", "孕", "感染", "肝炎",
        "乙肝", "艾滋", "心脏", "中风", "痴呆", "治疗", "复诊", "就诊", "体检", "透析", "药",
        "结节", "复查", "疗程", "病情", "炎", "门诊", "急诊", "处方", "病历", "护理", "康复", "失眠", "抑郁症", "精神科",
        "发烧", "高烧", "低烧", "发热", "咳嗽", "输液", "水痘", "弱视", "体温", "腹泻", "呕吐", "头痛", "脑梗", "心梗", "梗死", "支架",
        "疫苗", "接种", "流产", "人流", "骨折", "痛风", "哮喘", "癫痫", "心衰", "肾衰", "过敏史", "既往史", "主诉", "医嘱");

    public override string Name => "person_health";

    public override SensitivityLevel Level => SensitivityLevel.High;

    public override string Evidence => "name with health data";

    protected override CueSet Cues => HealthCues;

    // Words with everyday senses ("pain", "stroke of luck", "the condition of the road") must sit close to the name.
    private static readonly HashSet<string> NeedNearName = new(StringComparer.OrdinalIgnoreCase)
    {
        "pain", "sick", "stroke", "hospital", "hospitals", "liver", "kidney", "dose", "doses", "mg", "症", "病", "药", "孕", "炎", "护理", "康复",
        "体温", "咳嗽", "支架", "疫苗", "接种",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeedNearNameLookup = NeedNearName.GetAlternateLookup<ReadOnlySpan<char>>();

    protected override bool Confirms(string text, TextSpan name, TextSpan cue)
    {
        if (!NeedNearNameLookup.Contains(text.AsSpan(cue.Start, cue.End - cue.Start)))
        {
            return true;
        }
        var distance = name.End <= cue.Start ? cue.Start - name.End : name.Start >= cue.End ? name.Start - cue.End : 0;
        return distance <= (HanText.IsHan(text[cue.Start]) ? 12 : 40);
    }
}
