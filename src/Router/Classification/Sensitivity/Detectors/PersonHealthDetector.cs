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
        // Lab values, tests and clinical shorthand ("A1C 8.4", "blood work came back", "PHQ-9 18", "tested positive for strep").
        "A1C", "LDL", "HDL", "eGFR", "PHQ-9", "GAD-7", "BMI", "blood work", "bloodwork", "blood test*", "lab result*", "test result*",
        "tested positive", "positive for", "hemoglobin", "haemoglobin", "ferritin", "thyroid", "ECG", "EKG", "ultrasound",
        "mammogram", "colonoscopy", "endoscopy", "blood sugar", "heart rate",
        // Conditions and procedures in everyday words.
        "panic attack*", "PTSD", "OCD", "eating disorder", "anorexi*", "bulimi*", "self-harm", "suicid*", "counsellor", "counselor",
        "counselling", "counseling", "sprain*", "concussion", "in a cast", "broke her", "broke his", "broken leg", "broken arm",
        "broken wrist", "knee replacement", "hip replacement", "appendectomy", "appendicitis", "strep", "the flu", "has flu", "with flu", "flu-like", "influenza", "fever",
        "rash", "nausea", "vomit*", "sore throat", "gestational", "miscarriage", "IVF", "fertility", "STI", "STD", "chlamydia",
        "herpes", "arthritis", "osteoporosis", "parkinson*", "multiple sclerosis", "lupus", "crohn*", "IBS", "coeliac", "celiac",
        "anemi*", "anaemi*", "leukemia", "leukaemia", "lymphoma", "melanoma", "remission", "hospice", "palliative", "prognosis",
        "wheelchair", "unwell", "hernia", "recovering from", "recovery from", "off sick", "out sick", "called in sick", "sick note", "fit note",
        // Brand and generic medicines common in user text.
        "Eliquis", "apixaban", "Zoloft", "Prozac", "Xanax", "Adderall", "Ritalin", "Lexapro", "Wellbutrin", "Ozempic", "Wegovy",
        "Mounjaro", "semaglutide", "Humira", "Lipitor", "Synthroid", "Valium", "Ambien", "gabapentin", "tramadol", "codeine",
        "hydrocodone", "Vicodin", "methotrexate", "clopidogrel", "losartan", "furosemide", "pantoprazole", "citalopram",
        "escitalopram", "bupropion", "venlafaxine", "duloxetine", "quetiapine", "risperidone", "aripiprazole", "lamotrigine",
        "methylphenidate", "EpiPen", "anaphyla*", "steroid*", "antihistamine*", "contracepti*", "birth control",
        // Procedures, organs operated on and conditions in plain words ("had her gallbladder removed", "a stent put in").
        "gallbladder", "tonsillectomy", "tonsillitis", "hysterectomy", "mastectomy", "cataract*", "stent", "stents", "bypass surgery",
        "transplant", "pacemaker", "stitches", "crutches", "insomnia", "burnout", "burn-out", "nervous breakdown", "eczema", "psoriasis",
        "tinnitus", "vertigo", "glaucoma", "shingles", "bronchitis", "sinusitis", "UTI", "kidney stone*", "gout", "angina", "COPD",
        "emphysema", "cystic fibrosis", "sickle cell", "dyslexi*", "antipsychotic*", "sedative*", "anaesthe*", "anesthe*",
        "cardiologist", "neurologist", "dermatologist", "oncologist", "rheumatologist", "GP appointment", "doctor's appointment",
        "ambulance", "A&E", "intensive care", "cardiac arrest", "blood clot", "DVT", "sepsis", "long covid", "chronic fatigue",
        "fibromyalgia", "endometriosis", "PCOS", "menopaus*", "prostate", "colitis", "ulcer*", "hearing aid", "prosthe*",
        "ACL", "ligament*", "meniscus", "rotator cuff", "tendon*", "tendinitis", "tendonitis", "physio",
        // Sports and work injuries, gum disease and the medicines of a care or school plan, as a coach, HR file or dentist writes
        // them ("tore his hamstring", "carpal tunnel in her wrist", "periodontitis", "ramipril 5 mg").
        "hamstring*", "herniated", "plantar fasciitis", "tennis elbow", "frozen shoulder", "carpal tunnel", "RSI", "repetitive strain",
        "periodontitis", "gingivitis", "dental recall", "dental abscess", "tooth abscess", "eardrum", "ear infection", "lansoprazole", "doxycycline",
        "ciprofloxacin", "allopurinol", "colchicine", "glipizide", "sitagliptin", "dapagliflozin", "empagliflozin", "digoxin",
        "midazolam", "co-codamol",
        // What a sick note, a medical certificate or a return-to-play note names (thirteenth pass): everyday infections, day
        // procedures and the certificate itself ("MC for 2 days, URTI", "unfit for work due to gastroenteritis", "post knee
        // arthroscopy"), and a chronic condition's flare days told to an employer.
        "gastroenteritis", "gastro", "URTI", "LRTI", "chest infection", "stomach bug", "food poisoning", "norovirus", "conjunctivitis",
        // Notifiable and school-exclusion infections a parent tells a teacher (fourteenth pass): "… has typhoid", "off with measles".
        "typhoid", "paratyphoid", "typhus", "measles", "mumps", "rubella", "whooping cough", "pertussis", "scarlet fever", "impetigo",
        "hand, foot and mouth", "hand foot and mouth", "HFMD", "scabies", "ringworm", "cholera", "malaria", "shigella*", "salmonella",
        "giardia*", "glandular fever", "mononucleosis", "diphtheria", "meningitis", "hepatitis A", "strep throat", "pink eye",
        // A fertility clinic's results after an embryo transfer ("my beta hCG came back at 48").
        "hCG", "beta hCG", "embryo transfer", "frozen transfer", "egg retrieval", "egg collection",
        // A wearable's or a monitor's alert about its user ("event=AFib_detected").
        "AFib", "A-fib", "irregular rhythm", "irregular heart rhythm",
        "chickenpox", "chicken pox", "dengue", "gastritis", "bronchiolitis", "croup", "otitis", "cellulitis", "viral fever",
        "arthroscop*", "laparoscop*", "keyhole surgery", "cholecystectomy", "meniscectomy", "discectomy", "septoplasty",
        "hernia repair", "ACL repair", "ACL reconstruction", "ligament reconstruction", "wound check", "stitches out",
        "unfit for work", "unfit for duty", "unfit to work", "medical certificate", "medical cert", "sick certificate", "doctor's note",
        "doctor's certificate", "on MC", "MC for", "MC from", "MC until", "days MC", "day MC", "days of MC", "flare day*", "flare-up*",
        "flare up", "flares", "T1D",
        // A carer's log of a resident's medicines ("declined her meds", "spat out his tablets"): sixteenth pass.
        "meds", "tablets",
        // Dental work and symptoms as people report them ("due for a root canal", "a cough and night sweats for three weeks").
        "root canal", "tooth extraction", "wisdom tooth", "wisdom teeth", "dental implant", "gum disease", "periodontal", "cavity",
        "cavities", "cough", "coughing", "night sweats", "shortness of breath", "breathless*", "dizzy", "dizziness", "headache*",
        "fainted", "fainting", "palpitations", "swelling", "swollen", "lump", "diarrh*", "constipat*", "short of breath",
        // Other Latin-script languages, as a request to translate or summarise a record quotes them (ASCII word forms only: the
        // cue walk reads ASCII; accented words are reached through their unaccented stems or spellings).
        "krankgeschrieben", "krankgemeldet", "krankschreibung", "krankmeldung", "krank", "erkrankt", "erkrankung*", "krankheit*",
        "krankenhaus*", "klinikum", "bandscheib*", "herzinfarkt", "schlaganfall", "operiert", "medikament*", "tabletten", "reha",
        "pflegegrad", "pflegestufe", "schwerbehindert*", "behinderung", "depressionen", "schwanger", "schwangerschaft",
        "psychotherap*", "arbeitsunf*", "attest", "befund", "zuckerkrank*", "maladie", "malade", "chirurgie", "chimio*", "grossesse",
        "enceinte", "traitement", "ordonnance", "insuline", "infarctus", "AVC", "invalidit*", "medicaments", "operada", "operado",
        "operata", "operato al", "operato alla", "operato di", "cirug*", "enfermo", "enferma", "enfermedad*", "baja laboral",
        "baja medica", "baja por enfermedad", "incapacidad temporal", "ingresado", "ingresada", "medicamento*", "pastilla",
        "pastillas", "tratamiento", "quimio*", "embarazada", "embarazo", "depresi*", "ansiedad", "infarto", "ictus", "insulina",
        "metformina", "sertralina", "fluoxetina", "omeprazol", "ibuprofeno", "atorvastatina", "levotiroxina", "enalapril",
        "simvastatina", "demencia", "esquizofrenia", "fisioterap*", "terapia", "discapacidad", "internado", "internada", "cirurgia",
        "doente", "cancro", "malattia", "ricoverat*", "ricovero", "intervento chirurgico", "gravidanza", "incinta", "farmaci",
        "farmaco", "chemio*", "depressione", "certificato medico", "ziek", "ziekgemeld", "ziekmelding", "ziekteverlof",
        "ziekenhuis*", "geopereerd", "zwanger*", "kanker", "medicijn*", "medicatie", "behandeling", "suikerziekte", "hartaanval",
        "beroerte", "depressie", "arbeidsongeschikt*", "apparecchio acustico", "horgerat", "audifono", "appareil auditif",
        "hoortoestel", "aparelho auditivo",
        // A broader clinical vocabulary (tenth pass): sports injuries, heart and lung findings, infections and their scars, stimulant,
        // psychiatric, sleep and dementia medicines, frailty and falls, cancer words, pregnancy care, disabilities and specialties.
        "murmur", "cardiolog*", "echocardiogram", "heart failure", "cardiomyopath*", "valve replacement", "angioplasty", "aneurysm",
        "embolism", "thrombosis", "anticoagulant*", "blood thinner*", "rivaroxaban", "Xarelto", "dabigatran", "bisoprolol", "ramipril",
        "propranolol", "mini-stroke", "syncope", "hamstring", "groin strain", "calf strain", "muscle strain", "cruciate",
        "Achilles rupture", "ruptured Achilles", "dislocat*", "whiplash", "shin splints", "stress fracture", "torn ligament", "tore his", "tore her", "sprained",
        "TB scar*", "latent TB", "TB test", "TB screening", "TB treatment", "tuberculosis", "scarring", "sputum", "lesion*", "nodule*", "polyp*", "cyst", "cysts", "fibroid*", "benign", "malignant",
        "metasta*", "carcinoma", "sarcoma", "glioma", "glioblastoma", "lumpectomy", "prostatectomy", "radiotherapy", "stoma",
        "colostomy", "stimulant*", "lisdexamfetamine", "Vyvanse", "Elvanse", "Concerta", "atomoxetine", "dexamfetamine",
        "guanfacine", "mirtazapine", "olanzapine", "clozapine", "haloperidol", "diazepam", "lorazepam", "clonazepam", "zopiclone",
        "pregabalin", "naltrexone", "buprenorphine", "methadone", "Suboxone", "paroxetine", "amitriptyline", "nortriptyline",
        "trazodone", "donepezil", "memantine", "rivastigmine", "hypomani*", "mania", "manic", "psychosis", "psychotic", "delusion*",
        "was sectioned", "been sectioned", "psychiatric ward", "inpatient", "outpatient", "relapse*", "alcoholi*", "alcohol dependence",
        "substance use", "withdrawal symptoms", "autistic", "learning disabilit*", "cerebral palsy", "spina bifida", "dyspraxia",
        "deaf", "hearing loss", "visually impaired", "partially sighted", "amputat*", "paralys*", "paraplegic", "memory loss",
        "delirium", "cognitive decline", "Lewy body", "had a fall", "fall risk", "falls risk", "recurrent falls", "frequent falls", "two falls",
        "three falls", "several falls", "fell at home", "frail", "frailty", "incontinen*",
        "catheter", "pressure sore*", "pressure ulcer*", "bedbound", "bed-bound", "hypothyroid*", "hyperthyroid*", "sleep apnoea",
        "sleep apnea", "CPAP", "narcolepsy", "cirrhosis", "pancreatitis", "gallstone*", "CKD", "antenatal", "prenatal", "postnatal",
        "postpartum", "C-section", "caesarean", "cesarean", "pre-eclampsia", "preeclampsia", "neurolog*", "gastroenterolog*",
        "haematolog*", "hematolog*", "urolog*", "gynaecolog*", "gynecolog*", "obstetric*", "dermatitis", "hypoglyc*", "hyperglyc*",
        "ketoacidosis", "insulin pump", "antiretroviral*", "viral load", "spirometry", "nebuliser", "nebulizer",
        "tracheostomy", "pneumothorax", "pleurisy", "sarcoidosis", "slipped disc", "herniated disc", "disc prolapse", "sciatica",
        "back injury", "knee injury", "shoulder injury", "head injury",
        // Head injuries and a broad medicines list (eleventh pass): brain injury and its after-effects, and the brand and generic
        // names people write for psychiatric, stimulant, seizure, pain, heart, diabetes, breathing, HIV and cancer medicines.
        "concussed", "post-concussion*", "traumatic brain injury", "brain injury", "brain injuries", "TBI", "skull fracture",
        "fractured skull", "brain bleed", "head trauma", "return-to-play protocol", "return to play protocol", "graduated return to play",
        "Seroquel", "Abilify", "Lamictal", "Strattera", "Klonopin", "Ativan", "Effexor", "Cymbalta", "Paxil", "Celexa", "Buspar",
        "buspirone", "Depakote", "valproate", "Tegretol", "carbamazepine", "Keppra", "levetiracetam", "Topamax", "topiramate",
        "phenytoin", "Latuda", "lurasidone", "Risperdal", "Zyprexa", "Clozaril", "Haldol", "Lyrica", "Neurontin", "Focalin",
        "Dexedrine", "Intuniv", "Qelbree", "Trintellix", "Pristiq", "Remeron", "Restoril", "Lunesta", "zolpidem", "temazepam",
        "Valtrex", "valacyclovir", "aciclovir", "acyclovir", "Tamiflu", "Paxlovid", "Plaquenil", "hydroxychloroquine", "Enbrel",
        "Remicade", "infliximab", "adalimumab", "Keytruda", "Herceptin", "tamoxifen", "letrozole", "anastrozole", "Jardiance",
        "Farxiga", "Trulicity", "Victoza", "liraglutide", "Januvia", "Glucophage", "gliclazide", "Coumadin", "Plavix", "Brilinta",
        "Crestor", "rosuvastatin", "simvastatin", "Zocor", "Norvasc", "metoprolol", "atenolol", "carvedilol", "Lasix",
        "spironolactone", "hydrochlorothiazide", "Flomax", "tamsulosin", "finasteride", "Singulair", "montelukast", "Advair",
        "Symbicort", "Spiriva", "Ventolin", "fluticasone", "budesonide", "prednisolone", "dexamethasone", "naproxen", "diclofenac",
        "celecoxib", "Celebrex", "fentanyl", "Percocet", "OxyContin", "Dilaudid", "Narcan", "naloxone", "Antabuse", "disulfiram",
        "Chantix", "varenicline", "Accutane", "isotretinoin", "Truvada", "Descovy", "Biktarvy", "sumatriptan", "Imitrex",
        "lithium carbonate", "Lithobid", "Zyban", "borderline personality", "personality disorder", "BPD",
        "postnatal depression", "postpartum depression", "self-harming", "eating disorders",
        // Polish, Turkish, Czech, Romanian, Nordic, Vietnamese, Indonesian (written without accents: LatinFold), and the "suffers
        // from" verbs of the others.
        "choruje", "chorob*", "chory na", "chora na", "cukrzyc*", "szpital*", "leczy sie", "leczeni*", "nowotwor*", "ciaza", "ciazy",
        "w ciazy", "depresj*", "zwolnienie lekarskie", "hastal*", "ameliyat*", "hastane*", "tedavi*", "kanser*", "diyabet*",
        "seker hastasi", "hamile", "ilac", "ilaclar*", "nemoc*", "onemocn*", "cukrovk*", "lecba", "lecbu", "tehotn*", "bolnav*",
        "boala", "spital*", "sufera de", "tratament", "sarcin*", "sjukskriv*", "sjukdom*", "sjukhus*", "sjuk", "syg", "sygdom*",
        "sygemeld*", "syk", "sykdom*", "sykemeld*", "sykehus*", "gravid", "sairaala*", "sairas*", "benh", "benh vien", "tieu duong",
        "ung thu", "nhap vien", "mang thai", "sakit", "penyakit", "rumah sakit", "dirawat", "hamil", "menderita",
        "soffre di", "affetto da", "affetta da", "tumore", "ospedale", "sofre de", "doenca*", "gravida", "tratamento",
        "depressao", "sufre de", "padece", "souffre", "asthme", "hopital*", "leidet an", "leidet unter", "lijdt aan", "morbus",
        "leki", "lekarstw*",
        "诊断", "确诊", "患有", "患上", "病史", "住院", "出院", "入院", "手术", "术后", "服用", "口服", "用药", "药物", "癌", "肿瘤", "糖尿病",
        "高血压", "抑郁", "焦虑", "化疗", "放疗", "过敏", "阳性", "病假", "症", "病", "血糖", "血压", "骨折", "怀孕", "孕", "感染", "肝炎",
        "乙肝", "艾滋", "心脏", "中风", "痴呆", "治疗", "复诊", "就诊", "体检", "透析", "药",
        "结节", "复查", "疗程", "病情", "炎", "门诊", "急诊", "处方", "病历", "护理", "康复", "失眠", "抑郁症", "精神科",
        "发烧", "高烧", "低烧", "发热", "咳嗽", "输液", "水痘", "弱视", "体温", "腹泻", "呕吐", "头痛", "脑梗", "心梗", "梗死", "支架",
        "疫苗", "接种", "流产", "人流", "骨折", "痛风", "哮喘", "癫痫", "心衰", "肾衰", "过敏史", "既往史", "主诉", "医嘱",
        // Everyday and clinical words the single-character cues do not reach (胃镜, 拉肚子, 剖腹产, 医院, 心理医生…).
        "医院", "住ICU", "挂号", "感冒", "拉肚子", "肚子疼", "胃疼", "头疼", "牙疼",
        "吊水", "挂水", "胃镜", "肠镜", "B超", "彩超", "核磁", "心电图", "化验", "验血", "血常规", "甲状腺", "甲亢", "甲减", "乳腺",
        "囊肿", "息肉", "尿酸", "血脂", "胆固醇", "脂肪肝", "结石", "偏头痛", "颈椎", "腰椎", "椎间盘", "帕金森", "阿尔茨海默",
        "精神分裂", "双相", "心理医生", "心理咨询", "白血病", "淋巴瘤", "靶向", "抢救", "晕倒", "昏迷",
        "骨裂", "扭伤", "缝针", "烫伤", "烧伤", "残疾", "瘫痪", "脑出血", "血栓", "冠心病", "胰岛素", "双胍", "阿司匹林", "布洛芬",
        "头孢", "抗生素", "降压药", "降糖药", "激素", "胃炎", "肠炎", "肺炎", "鼻炎", "咽炎", "皮炎",
        "阑尾炎", "胆囊炎", "胰腺炎", "肾炎", "剖腹产", "顺产", "坐月子", "孕检",
        // Conditions without a disease word (酒精依赖, 肝硬化早期), fertility treatment, and lab values by their analyte or unit
        // next to a name (肌酐偏高, ALT 86 U/L, 空腹血糖 7.8 mmol/L).
        // Not a bare 依赖 or 移植 (依赖注入, 移植代码).
        "酒精依赖", "药物依赖", "酒依赖", "依赖症", "成瘾", "戒断", "肝硬化", "动脉硬化", "多囊", "卵巢", "促排", "取卵", "器官移植",
        "肾移植", "肝移植", "骨髓移植", "胚胎移植", "肌酐", "转氨酶", "谷丙", "谷草", "血红蛋白", "白细胞", "血小板", "甘油三酯",
        "尿蛋白", "表面抗原", "抗体阳性", "U/L", "mmol/L", "umol/L", "μmol/L", "mg/dL", "IU/mL", "ng/mL",
        // A zh condition lexicon (ninth pass) for what the single-character cues (病, 症, 炎, 癌, 药) miss, read through the
        // traditional fold (癲癇, 柏金遜, 紅斑狼瘡, 聽力, 輪椅 arrive simplified) and with Hong Kong words (覆診, 洗腎, 腦退化,
        // 思覺失調, 鼻敏感, 電療, 標靶). Infections and liver status, pregnancy, disabilities and aids, addictions, surgery and
        // findings, mental health, chronic and rare conditions; a person must be near as for every cue.
        "丙肝", "甲肝", "大三阳", "小三阳", "结核", "梅毒", "淋病", "尖锐湿疣", "疱疹", "麻疹", "风疹", "荨麻疹", "湿疹", "阳了",
        "甲流", "流感", "手足口", "猩红热", "登革热", "疟疾", "狂犬", "破伤风", "幽门螺杆菌", "HPV", "爱滋",
        "妊娠", "孕周", "孕期", "产检", "早产", "胎停", "宫外孕", "保胎", "羊水", "不孕", "不育", "试管婴儿", "打胎", "堕胎", "小产",
        "残障", "伤残", "视障", "听障", "视力下降", "视力受损", "视力残疾", "视力障碍", "视力只有", "听力下降", "听力受损", "听力损失",
        "听力残疾", "听力障碍", "听力只有", "失明", "失聪", "耳聋", "聋哑", "盲人", "弱听", "智障", "智力障碍", "脑瘫",
        "唐氏", "截肢", "偏瘫", "假肢", "义肢", "轮椅", "拐杖", "助听器", "人工耳蜗", "白内障", "青光眼",
        "酗酒", "酒瘾", "烟瘾", "毒瘾", "赌瘾", "网瘾", "吸毒", "戒毒", "戒酒", "美沙酮",
        "切除", "活检", "穿刺", "病理", "微创", "搭桥", "起搏器", "插管", "呼吸机", "病危", "病重", "植物人",
        // Joint replacements and other implants (膝关节置换, 换髋, 钢板: an operation on someone, beside the name as every cue).
        "关节置换", "置换术", "换膝", "换髋", "人工关节", "钢板", "钢钉",
        "恶性肿瘤", "癌细胞", "化验单",
        "躁郁", "躁狂", "强迫症", "自残", "自杀", "轻生", "割腕", "幻听", "失智", "脑退化", "思觉失调",
        "过动", "读写障碍", "认知障碍",
        "柏金逊", "渐冻", "红斑狼疮", "狼疮", "类风湿", "风湿", "骨质疏松", "贫血", "地贫", "血友病", "白癜风", "痔疮", "疝气",
        "心律不齐", "房颤", "早搏", "心绞痛", "心悸", "胸闷", "洗肾", "尿毒", "增生", "肌瘤", "纤维瘤", "血管瘤", "骨髓瘤",
        "前列腺", "摄护腺", "更年期", "月经不调", "痛经", "抽搐", "晕厥", "眩晕", "耳鸣", "脑梗塞", "心肌梗塞", "脑溢血",
        "半月板", "韧带", "脊柱侧弯", "鼻敏感", "电疗", "标靶", "覆诊", "三高", "遗传病", "罕见病", "先心病", "综合征", "综合症",
        "肺结节", "甲状腺结节",
        // Taiwan and Hong Kong names of conditions and drugs, read in the fold (憂鬱症 as 忧郁症, 亞斯伯格 as 亚斯伯格, 阿茲海默 as
        // 阿兹海默, 巴金森, 妥瑞氏症, 身心科, 百憂解): not only other characters but other words than the mainland lexicon's.
        "忧郁", "自闭", "亚斯伯格", "阿斯伯格", "妥瑞", "巴金森", "阿兹海默", "恐慌症", "厌食症", "暴食症", "身心科", "安眠药", "百忧解",
        "肠病毒", "气喘", "失智症",
        // Head and sports injuries, self-harm as a referral names it, and psychiatric drugs by their generic names (氟西汀…).
        "脑震荡", "挫伤", "撕裂伤", "自伤", "氟西汀", "舍曲林", "帕罗西汀", "西酞普兰", "文拉法辛", "度洛西汀", "米氮平", "喹硫平",
        "奥氮平", "利培酮", "阿立哌唑", "碳酸锂", "丙戊酸", "拉莫三嗪", "氯硝西泮", "阿普唑仑", "劳拉西泮", "哌甲酯", "专注达",
        // Thirteenth pass: a child's condition and medicine in a note to a teacher, and the everyday drugs of chronic conditions,
        // by mainland and Taiwan/Hong Kong names (专思达, 利他能, 沙丁胺醇, 肾上腺素笔, 德巴金, 优甲乐, 络活喜…).
        "多动障碍", "注意力缺陷", "注意力不足", "专思达", "利他能", "择思达", "托莫西汀", "哌醋甲酯", "沙丁胺醇", "万托林", "舒喘灵",
        "布地奈德", "普米克", "舒利迭", "信必可", "孟鲁司特", "顺尔宁", "气雾剂", "吸入剂", "吸入器", "肾上腺素笔", "肾上腺素",
        "德巴金", "卡马西平", "奥卡西平", "左乙拉西坦", "开浦兰", "托吡酯", "妥泰", "苯巴比妥", "抗癫痫", "二甲双胍", "格列美脲",
        "阿卡波糖", "拜糖平", "氨氯地平", "络活喜", "硝苯地平", "缬沙坦", "厄贝沙坦", "美托洛尔", "倍他乐克", "阿托伐他汀", "立普妥",
        "瑞舒伐他汀", "氯吡格雷", "波立维", "华法林", "利伐沙班", "优甲乐", "左甲状腺素", "甲巯咪唑", "他巴唑", "泼尼松", "强的松",
        "甲氨蝶呤", "羟氯喹", "奥美拉唑", "来曲唑", "他莫昔芬", "褪黑素", "抗抑郁", "抗焦虑", "抗过敏", "降脂药",
        "硫必利", "氯雷他定", "西替利嗪", "孟鲁司特钠",
        // Fertility treatment's checks (移植后第10天查血HCG, 孕酮), an undertaker's cause of death (死因), and spoken Cantonese
        // (入咗院, 睇急症, 跌亲, 洗肾 is listed): fourteenth pass.
        "HCG", "孕酮", "移植后", "验孕", "着床", "胚胎", "死因", "入咗院", "睇急症", "跌亲", "食紧药", "溃疡", "睇医生",
        "看医生",
        // Eighteenth pass. Hair, scalp, skin and nail conditions as a salon's, a barber's or a nail bar's client card names them.
        "alopecia", "tinea", "onychomycosis", "onycholysis", "paronychia", "fungal nail*", "nail fungus", "folliculitis", "rosacea",
        "vitiligo", "keloid*", "trichotillomania", "hair loss", "hyperhidrosis", "seborrh*", "melasma", "cystic acne", "head lice",
        // An oncology day unit's regimens by acronym, their drugs, the counts that postpone a cycle (ANC, PLT and Hb with a value).
        "FOLFOX", "FOLFIRI", "FOLFIRINOX", "CAPOX", "XELOX", "R-CHOP", "ABVD", "BEACOPP", "AC-T", "carboplatin", "cisplatin",
        "oxaliplatin", "capecitabine", "docetaxel", "paclitaxel", "gemcitabine", "rituximab", "pembrolizumab", "nivolumab",
        "neutropeni*", "thrombocytopeni*", "febrile", "ANC", "PLT", "Hb",
        // A sports club's injury and return-to-play notes, and an occupational-health referral's findings and restrictions (not
        // "occupational health" itself, a clinician's title: "Dr …, occupational health consultant").
        "concussion protocol", "return-to-play", "return to play", "injury list", "injured list", "radiculopath*", "myelopath*",
        "spondyl*", "stenosis", "disc bulge", "bulging disc", "cervical", "lumbar", "OH referral",
        "light duties", "restricted duties", "modified duties", "no overhead lifting", "no heavy lifting", "lifting restriction*",
        "phased return");

    public override string Name => "person_health";

    public override SensitivityLevel Level => SensitivityLevel.High;

    public override string Evidence => "name with health data";

    protected override CueSet Cues => HealthCues;

    protected override RecordTables.Columns TableColumn => RecordTables.Columns.Health;

    // Words with everyday senses ("pain", "stroke of luck", "the condition of the road") must sit close to the name.
    private static readonly HashSet<string> NeedNearName = new(StringComparer.OrdinalIgnoreCase)
    {
        "pain", "sick", "stroke", "hospital", "hospitals", "liver", "kidney", "dose", "doses", "mg", "症", "病", "药", "孕", "炎", "护理", "康复",
        "体温", "咳嗽", "支架", "疫苗", "接种", "医院", "头疼", "看医生", "睇医生", "激素", "增生", "切除", "穿刺",
        "插管", "唐氏", "拐杖", "风湿", "韧带", "眩晕", "胸闷", "心悸", "抽搐", "阳了", "自杀", "流感", "fever", "rash", "thyroid",
        "fertility", "steroid", "steroids", "positive for", "heart rate", "blood sugar", "unwell", "recovering from", "recovery from",
        "cavity", "cavities", "cough", "coughing", "dizzy", "headache", "headaches", "swelling", "swollen", "lump", "fainted",
        "krank", "ziek", "malade", "enfermo", "enferma", "attest", "befund", "tabletten", "pastilla", "pastillas", "tratamiento",
        "traitement", "behandeling", "terapia", "farmaco", "farmaci", "ingresado", "ingresada", "internado", "internada", "reha", "AVC",
        "enceinte", "ordonnance", "behinderung", "operado", "operada", "operata",
        "chory na", "chora na", "sjuk", "syg", "syk", "gravid", "benh", "sakit", "dirawat", "tratament", "tratamento", "souffre",
        "hamile", "hamil", "leki", "ilac",
        "murmur", "frail", "benign", "relapse", "relapses", "relapsed", "scarring", "lesion", "lesions", "nodule", "nodules",
        "cyst", "cysts", "deaf", "manic", "mania", "stimulant", "stimulants", "inpatient", "outpatient", "sprained",
        "delusion", "delusions", "withdrawal symptoms", "substance use", "gastro", "MC for", "MC from", "MC until", "flares",
        "croup", "meds", "tablets", "cervical", "lumbar", "febrile",
    };

    // Count abbreviations that are also other things' names (the ANC party, a PLT file): only with a value right after ("ANC 0.9").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountsWithValue =
        new HashSet<string>(["ANC", "PLT", "Hb"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeedNearNameLookup = NeedNearName.GetAlternateLookup<ReadOnlySpan<char>>();

    // Giving to a hospice or a hospital ("ran 10 km for the hospice", "volunteers at the hospice shop") says nothing of anyone's health.
    private static readonly CueSet Fundraising = new(
        "pledge*", "raise*", "raised", "raising", "fundrais*", "donat*", "sponsor*", "charity", "volunteer*", "appeal", "shop", "gala",
        "bake sale", "fun run", "10k", "marathon");

    protected override bool Confirms(string text, TextSpan name, TextSpan cue)
    {
        if (text.AsSpan(cue.Start, cue.End - cue.Start).Equals("hospice", StringComparison.OrdinalIgnoreCase)
            && Fundraising.Any(text.AsSpan(Math.Max(0, cue.Start - 60), Math.Min(text.Length, cue.End + 40) - Math.Max(0, cue.Start - 60))))
        {
            return false;
        }
        if (CountsWithValue.Contains(text.AsSpan(cue.Start, cue.End - cue.Start)))
        {
            // A value, not a year ("the ANC 2024 manifesto").
            var value = text.AsSpan(cue.End, Math.Min(8, text.Length - cue.End)).TrimStart(" :=");
            var digits = value.IndexOfAnyExceptInRange('0', '9');
            return !value.IsEmpty && char.IsAsciiDigit(value[0]) && (digits < 0 ? value.Length : digits) <= 3;
        }
        Span<char> ascii = stackalloc char[Math.Min(64, cue.End - cue.Start)];
        if (!NeedNearNameLookup.Contains(LatinFold.ToAscii(text.AsSpan(cue.Start, ascii.Length), ascii)))
        {
            return true;
        }
        var distance = name.End <= cue.Start ? cue.Start - name.End : name.Start >= cue.End ? name.Start - cue.End : 0;
        return distance <= (HanText.IsHan(text[cue.Start]) ? 12 : 40);
    }
}
