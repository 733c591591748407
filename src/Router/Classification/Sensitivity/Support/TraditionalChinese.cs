using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Traditional Chinese characters folded one for one to their simplified forms, for the personal-data detectors and the confidential markers:
/// their surnames, given-name characters, labels and cue words are written in simplified characters, and a text from
/// Taiwan or Hong Kong (陳國華出生於民國七十二年, 薪資單, 單元/樓) says the same things. The fold keeps every position, so
/// spans found in the folded text index the view text as they are. Only characters of those words are listed (about
/// 810), with those of the confidential markers, which read the fold too; identifier detectors, tenant terms and exact-data
/// matching read the view unfolded.
/// </summary>
internal static class TraditionalChinese
{
    private const string Traditional =
        "來係倆個們偉側偵傑傳傷僅價儀億償優兒內兩冊則剛創劃劉劑勁動務勝勞勢勳勵匯區協參叢吳呂喬單嗎嘆噸嚴囑國圍園圓報場塊塗墊壓壘"
        + "壞壯壽夠夢奪奮姪婦媽嬌孃孫學寢實寧審寫寵寶將專尋對導屆層屬峯島崗嶺巖帳幣幫幹庫廈廠廢廣廳張強彈彙彥後徑從徠復徵徹恆悶惡愛"
        + "態慣慮慶憂憑憲憶懇應懷戰戲戶拋掛採換損搖擁擇擊擔據擬擴擾攜敗敘數斂斷於時晉暈暫曄曆曉書會朧東條棄棟楊極榮構槍槓樂樓標樣樹"
        + "樺橋機橫檢檯櫃權欒歐歡歲歷歸殘殯殺毀氣氫決沒況測渾湧湯準溝溫滅滯滿漢漲漸潔潛潤潰澤濕濟濤濱瀉灣災為無煒煥煩熱燁燈燒營爭爺"
        + "爾牆犧狀猶獄獎獨獲現瑋瑤瑩瑪璣環瓊產甦畫異當瘋瘓瘡瘧療癇癒癢癥癱癲發皺盜盡監盤盧眾矯確碼礎礙礦祿禍禮禱禿稅種稱穀穌穎穩穫"
        + "窩窮窯竇竊競筆節範築簡簽籌糧糾紀約紅納紓紙級紛紡細紹組結絕絡給絨統絲綁經綜綠綫維綱網綺緊緒線締緣編緩緯練縉縣縫縮總績織繳"
        + "繼續罰罵罷羅羥義習聖聞聯聰聲聶職聽肅脅脈脹腎腦腫腳腸膚膠膩膽膿臉臟臨臺與興舊舖艙艦艱艷莊莖華萊萬葉葯蒼蓋蓮蔣蔭蕓蕭薈薦藍"
        + "藝藥蘇蘭蘿處虛號虧蝕蝦蟲術衛衝裏補裝裡製複褲襲見規視親覺覽觀訂計訊訓託記訪設許訴診註証詐評詛詢試詩話該詳誌認誕誘語誠誤說"
        + "誰課誼調請諮諸諾謀謊謙講謝謹證識譚譜譯議護譽讀變讓豐豔豬貓貝貞負財貢貧貨貫責貳貴貶買貸費貼賀賄資賈賓賜賠賢賣賤賦質賬賴賺"
        + "購賽贇贈贊趕趙趨跡蹤躍軀車軍軒軟軼載輔輕輛輝輸轄轅轉辦辭辯農這連週進運過達遜遞遠適遲遷選遺邁還邊邏郵鄉鄒鄔鄧鄭鄰鄺醜醣醫"
        + "醬釋釐釗針鈉鈔鈞鈣鈺鉀銀銘銷鋅鋒鋪鋼錄錢錦錯鍋鍵鍾鎖鎮鏈鏡鐘鐵長門閃閉開閒間閔閣閱閻闆闊闕關陣陰陳陸陽隊階際隨險隱隻雖雙"
        + "雛雜雞離難雲電霧靂靈靜韋韌韓韻響頁頂項順須頌預頒頓頗領頤頭頸頻顆題額顏類顧顯顱風颱飄飛飯飲飽飾養餓餘館餵饒馬馮駐駕駛駱騙"
        + "騰驅驊驗驚驥骯體髖髮鬆鬥鬧鬱魚魯鮑鳥鳳鳴鴻鵑鵬鶯鶴鹽麗麥黃點黨黴齊齒齡齣齲龍龐龔龜"
        // Characters of the confidential markers and their question words (嚴禁外洩, 祕密, 機密檔案, 商業, 啟用前, 什麼), which read the fold too.
        + "洩業檔麼祕啟啓佈"
        // Hong Kong and Taiwan records: staff, pay and pensions, debts, trades (員工, 強積金, 債務, 僱員, 師傅), and a few surnames.
        + "積員債粵僱傭師團舉賃貿脫滬閩較騎奧婁詠"
        // Conditions and aids of the health lexicon (癡呆, 癮, 聾啞, 輪椅, 潰瘍, 子宮, 帶狀疱疹, 墮胎, 嬰兒, 減肥, 攝護腺).
        + "凍厭啞墮嬰宮帶掃攝減癡癬癮聾輪賭瘍"
        // Taiwan and Hong Kong condition names (亞斯伯格, 阿茲海默, 妥瑞氏症).
        + "亞茲";

    private const string Simplified =
        "来系俩个们伟侧侦杰传伤仅价仪亿偿优儿内两册则刚创划刘剂劲动务胜劳势勋励汇区协参丛吴吕乔单吗叹吨严嘱国围园圆报场块涂垫压垒"
        + "坏壮寿够梦夺奋侄妇妈娇娘孙学寝实宁审写宠宝将专寻对导届层属峰岛岗岭岩账币帮干库厦厂废广厅张强弹汇彦后径从徕复征彻恒闷恶爱"
        + "态惯虑庆忧凭宪忆恳应怀战戏户抛挂采换损摇拥择击担据拟扩扰携败叙数敛断于时晋晕暂晔历晓书会胧东条弃栋杨极荣构枪杠乐楼标样树"
        + "桦桥机横检台柜权栾欧欢岁历归残殡杀毁气氢决没况测浑涌汤准沟温灭滞满汉涨渐洁潜润溃泽湿济涛滨泻湾灾为无炜焕烦热烨灯烧营争爷"
        + "尔墙牺状犹狱奖独获现玮瑶莹玛玑环琼产苏画异当疯痪疮疟疗痫愈痒症瘫癫发皱盗尽监盘卢众矫确码础碍矿禄祸礼祷秃税种称谷稣颖稳获"
        + "窝穷窑窦窃竞笔节范筑简签筹粮纠纪约红纳纾纸级纷纺细绍组结绝络给绒统丝绑经综绿线维纲网绮紧绪线缔缘编缓纬练缙县缝缩总绩织缴"
        + "继续罚骂罢罗羟义习圣闻联聪声聂职听肃胁脉胀肾脑肿脚肠肤胶腻胆脓脸脏临台与兴旧铺舱舰艰艳庄茎华莱万叶药苍盖莲蒋荫芸萧荟荐蓝"
        + "艺药苏兰萝处虚号亏蚀虾虫术卫冲里补装里制复裤袭见规视亲觉览观订计讯训托记访设许诉诊注证诈评诅询试诗话该详志认诞诱语诚误说"
        + "谁课谊调请咨诸诺谋谎谦讲谢谨证识谭谱译议护誉读变让丰艳猪猫贝贞负财贡贫货贯责贰贵贬买贷费贴贺贿资贾宾赐赔贤卖贱赋质账赖赚"
        + "购赛赟赠赞赶赵趋迹踪跃躯车军轩软轶载辅轻辆辉输辖辕转办辞辩农这连周进运过达逊递远适迟迁选遗迈还边逻邮乡邹邬邓郑邻邝丑糖医"
        + "酱释厘钊针钠钞钧钙钰钾银铭销锌锋铺钢录钱锦错锅键钟锁镇链镜钟铁长门闪闭开闲间闵阁阅阎板阔阙关阵阴陈陆阳队阶际随险隐只虽双"
        + "雏杂鸡离难云电雾雳灵静韦韧韩韵响页顶项顺须颂预颁顿颇领颐头颈频颗题额颜类顾显颅风台飘飞饭饮饱饰养饿余馆喂饶马冯驻驾驶骆骗"
        + "腾驱骅验惊骥肮体髋发松斗闹郁鱼鲁鲍鸟凤鸣鸿鹃鹏莺鹤盐丽麦黄点党霉齐齿龄出龋龙庞龚龟"
        + "泄业档么秘启启布"
        + "积员债粤雇佣师团举赁贸脱沪闽较骑奥娄咏"
        + "冻厌哑堕婴宫带扫摄减痴癣瘾聋轮赌疡"
        + "亚兹";

    private static readonly SearchValues<char> TraditionalChars = SearchValues.Create(Traditional);

    private static readonly Dictionary<char, char> ToSimplified = Traditional.Zip(Simplified).ToDictionary(p => p.First, p => p.Second);

    /// <summary>
    /// <paramref name="text"/> with every listed traditional character replaced by its simplified form; the same
    /// instance when it holds none (the usual case: one vectorised range check for Han text, then one search).
    /// </summary>
    public static string Fold(string text)
    {
        if (!HanText.Contains(text))
        {
            return text;
        }
        var first = text.AsSpan().IndexOfAny(TraditionalChars);
        if (first < 0)
        {
            return text;
        }
        return string.Create(text.Length, (text, first), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            for (var i = state.first; i < chars.Length; i++)
            {
                if (ToSimplified.TryGetValue(chars[i], out var simplified))
                {
                    chars[i] = simplified;
                }
            }
        });
    }

    internal static int Count => Traditional.Length;

    internal static bool SameLength => Traditional.Length == Simplified.Length;
}
