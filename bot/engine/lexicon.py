"""The words people use for budget things, declared once as data for the matcher and the replies.

Abbreviations expand to the words the documents print; cue words tell what kind of answer is wanted;
fluff words carry no subject. Everything here is plain data: a new synonym is one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.models import UNCHANGED_DIRECTION
from knowledge.standard_tables import TableKind

FUNDED = "财政拨款"
"""一般公共预算 money is all 财政拨款: 一般公共预算支出 is the whole of a 一般公共预算财政拨款 table, and
一般公共预算财政拨款基本支出 says no more than 一般公共预算基本支出."""
CARRIED_TO_NEXT_YEAR = (
    "结转下年",
    "结转到下年",
    "结转至下年",
    "下年结转",
    "留到下年",
    "年终结转",
    "年底结转",
)
"""Money carried out to next year, said as 预算 print it (结转下年资金, 年终结转); a 决算 prints 年末结转和结余."""
CARRIED_FORWARD_WORDS = (*CARRIED_TO_NEXT_YEAR, "年末结转", "年末结余", "年底结余")
"""Money carried out to next year: never 上年结转, which came in."""

# Short or everyday forms → the forms disclosures print. Several expansions = several readings tried.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "卫健": ("卫生健康",),
    "社保": ("社会保障", "社会保险"),
    "医保": ("医疗保险", "医疗保障"),
    "公车": ("公务用车",),
    "公务车": ("公务用车",),
    "采购": ("政府采购",),
    "拟采购": ("政府采购",),
    "买车": ("公务用车购置",),
    "购车": ("公务用车购置",),
    "出国经费": ("因公出国(境)费",),
    "出国费用": ("因公出国(境)费",),
    "出国费": ("因公出国(境)费",),
    "出国(境)费": ("因公出国(境)费",),
    "接待费": ("公务接待费",),
    "招待费": ("公务接待费",),
    "招待客人": ("公务接待",),
    "接待客人": ("公务接待",),
    "招待来客": ("公务接待",),
    "请客吃饭": ("公务接待费",),
    "吃饭招待": ("公务接待费",),
    "招待吃饭": ("公务接待费",),
    "请客": ("公务接待费",),
    "公款吃喝": ("公务接待费",),
    "车辆购置费": ("公务用车购置费",),
    "购车费": ("公务用车购置费",),
    "车辆运行费": ("公务用车运行维护费",),
    "车辆运行维护": ("公务用车运行维护",),
    "车辆运维": ("公务用车运行维护",),
    "用车费": ("公务用车购置及运行费",),
    "三公": ("三公经费",),
    "公积金": ("住房公积金",),
    "资产占用": ("资产占有", "资产占有使用"),
    "实有": ("在职", "实际在编在职"),
    "单独列": ("单列",),
    "单独编列": ("单列",),
    "财政拨款收入": ("财政拨款",),
    "一般公共预算财政拨款支出": ("一般公共预算支出",),
    "一般公共预算拨款支出": ("一般公共预算支出",),
    "总收入": ("收入总计",),
    "收支总计": ("收入支出总计", "收入总计", "收入合计"),
    "收支总额": ("收入支出总计", "收入总计", "收入合计"),
    "收入总额": ("收入总计",),
    "总支出": ("支出总计", "支出合计"),
    "支出总额": ("支出总计",),
    "今年收入": ("本年收入合计",),
    "当年收入": ("本年收入合计",),
    "本年收入": ("本年收入合计",),
    "本年支出": ("本年支出合计",),
    "结转资金": ("上年结转",),
    "结转": ("上年结转",),
    **dict.fromkeys(CARRIED_TO_NEXT_YEAR, ("结转下年", "年末结转和结余", "年终结转")),
    **dict.fromkeys(("年末结余", "年底结余"), ("年末结转和结余", "结转下年", "年终结转")),
    "结转结余": ("结转和结余",),
    "养老保险": ("基本养老保险缴费",),
    "医疗保险": ("基本医疗保险缴费",),
    "年金": ("职业年金缴费",),
    "工资": ("基本工资",),
    "工资总额": ("工资福利支出",),
    "工资福利": ("工资福利支出",),
    "工资和福利": ("工资福利支出",),
    "日常公用经费": ("公用经费",),
    "日常运转经费": ("机关运行经费", "公用经费"),
    "运转经费": ("机关运行经费", "公用经费"),
    "出差": ("差旅",),
    "租金": ("租赁费",),
    "房租": ("租赁费",),
    "租房子": ("租赁费",),
    "租房": ("租赁费",),
    "科室": ("机构",),
    "职能": ("职责",),
    "职责": ("职能",),
    "下设": ("内设",),
    "内设": ("下设",),
    "股室": ("机构",),
    "内设机构": ("机构",),
    "部门": ("机构",),
    "年初结余": ("年初结转和结余",),
    "小微企业": ("小型和微型企业",),
    "执行率": ("完成年初预算", "完成预算"),
    "完成率": ("完成年初预算", "完成预算"),
    "养老金": ("基本养老保险缴费",),
    "退休金": ("退休费",),
    "退休工资": ("退休费",),
    "离休金": ("离休费",),
    "维修费": ("维修(护)费",),
    "修理费": ("维修(护)费",),
    "物业费": ("物业管理费",),
    "电话费": ("邮电费",),
    "通讯费": ("邮电费",),
    "暖气费": ("取暖费",),
    "车补": ("公务交通补贴", "车改补贴", "交通补贴"),
    "饭补": ("伙食补助费",),
    "餐补": ("伙食补助费",),
    "伙食费": ("伙食补助费",),
    "会务费": ("会议费",),
    "开会": ("会议费",),
    "人头经费": ("人员经费",),
    "人头费": ("人员经费",),
    "房子": ("房屋",),
    "工会费": ("工会经费",),
    "运维": ("运行维护", "维护"),
}

SUPPLIER_SIZES = ("中小微", "中小", "小微", "小型和微型", "中型", "小型", "微型")
"""The sizes of enterprise 政府采购 is reserved for or awarded to (中小企业, 小型和微型企业)."""
_SUPPLIER = rf"(?P<whom>(?:{'|'.join(SUPPLIER_SIZES)})企业)"
PROCUREMENT_KINDS = ("货物", "工程", "服务")
"""The kinds of the 政府采购 catalogue (A 货物, B 工程, C 服务)."""
_KIND = rf"(?P<kind>{'|'.join(PROCUREMENT_KINDS)})"
SAME_SAYINGS: tuple[tuple[str, str], ...] = (
    (rf"{_KIND}类", r"\g<kind>"),
    (rf"{_KIND}的?政府采购", r"\g<kind>采购"),
    (rf"(?:政府采购|拟采购|拟购买|采购){_KIND}", r"\g<kind>采购"),
    ("采购采购", "采购"),
    ("其它", "其他"),
    (rf"(?:面向|为|预?留给){_SUPPLIER}的?(?:预留)?", r"面向\g<whom>预留"),
    (rf"由?{_SUPPLIER}(?:供应商)?(?:中标或成交|中标|成交)的?", r"授予\g<whom>"),
    (rf"授予{_SUPPLIER}的?合同", r"授予\g<whom>"),
    (r"(?:举办|组织|开展|召开|^办|^开)(培训|会议)", r"\1"),
    (
        r"(?P<what>项目)?(?:绩效)?(?:评级|评)(?:为|了|上|成|得)?(?P<grade>优|良|合格|不合格)(?:等|级)?(?:的)?(?(what)|项目)",
        r"评级为\g<grade>项目",
    ),
)
"""Ways of saying one thing, compared in one form (pattern → form), in order: 政府采购工程, 拟采购工程, 工程类
采购 and 工程采购 are 工程采购 (政府采购服务采购 says 采购 twice); 预留给小型和微型企业的 and 留给小微企业 are
面向…企业预留; 由中小企业供应商中标或成交的, 中小企业中标 and 授予中小企业合同 are 授予中小企业; 办培训,
组织培训 and 召开会议 are 培训 and 会议 (the money spent so is 培训费, 会议费); 项目评了优 and 绩效评级为“优”的项目
are 评级为优项目; 其它 is written 其他."""
# Who a unit pays a contribution for (给职工交的养老保险, 员工的公积金): no narrower item than the contribution.
STAFF_WORDS = ("单位职工", "在职职工", "在职人员", "工作人员", "职工", "员工", "干部")
CONTRIBUTION_ENDINGS = ("保险", "保险费", "缴费", "年金", "公积金", "医保", "社保")
"""What a contribution's name ends with (养老保险, 职业年金, 住房公积金, 医保): said after STAFF_WORDS, the item
is the unit's 社会保障缴费 row (机关事业单位基本养老保险缴费, 职业年金缴费, 住房公积金)."""
CONTRIBUTION = "缴费"
PAID_TO_PEOPLE = {"退休": "退休费", "离休": "离休费"}
"""People by what they are (退休人员, 离休干部) → what they are paid (给退休人员发的钱 is the 退休费 row)."""
PEOPLE_NOUNS = ("人员", "的人", "职工", "干部", "老干部", "同志")
PAID_VERBS = (
    "发放的钱",
    "发的钱",
    "发放",
    "发",
    "的待遇",
    "待遇",
    "的钱",
    "的费用",
    "费用",
    "的经费",
    "经费",
)
"""给退休人员发, 离休干部的待遇, 退休人员的费用: the money paid to people said by the verb or noun of paying."""
QUALIFIED_PEOPLE = ("人员", "职工", "干部")
"""退休人员, 在职职工, 离休干部: people said by what they are, the word before the noun (人员经费 is no money of
退休人员)."""

# Endings that make a phrase the name of a unit (局, 委员会, 街道 …) rather than of an item.
UNIT_SUFFIXES = (
    "局",
    "部",
    "厅",
    "委员会",
    "常委会",
    "委",
    "办公室",
    "办事处",
    "街道",
    "福利院",
    "医院",
    "学院",
    "研究院",
    "学校",
    "中心",
    "法院",
    "高院",
    "中院",
    "检察院",
    "政府",
    "政协",
    "人大",
    "署",
    "镇",
)
INSTITUTION_ENDINGS = ("馆", "所", "站", "队", "园", "社", "团", "校", "院")
"""Characters that end an institution's name (档案馆, 文化站, 卫生院, 执法大队, 幼儿园, 出版社) only where
they end a word of it: 所 of 三公经费所占, 队 of 队伍建设 end no name."""

# Words after a unit word that make it part of an item (政府采购, 人大代表) or of a word (组成部分), not a
# unit's name.
NOT_UNIT_AFTER = (
    "分",
    "费",
    "经费",
    "资金",
    "补助",
    "采购",
    "购买",
    "性基金",
    "债",
    "投资",
    "拨款",
    "代表",
    "委员",
    "化",
    "职工",
    "居民",
)
NATIONAL_LEVELS = ("全国", "最高", "中央", "国家")
"""Words that put a unit above every province (全国政协, 最高人民检察院, 中央纪委, 国家统计局)."""
NATIONAL_INITIALS = ("检", "法")
"""最高检, 最高法: a national institution said by its initial."""

SHARE_OF = re.compile(r"占(?!有|用)")
"""The word a share sets its part against its whole by (实验小学三公经费占所有单位的比例), never 占有 nor
占用: no unit's name runs across it, and what follows it is the whole."""
WHOLE_WORDS = ("全部", "所有", "整个", "整体", "全体")
"""整个教育局, 所有单位: words saying all of something, never a place's name nor an item's."""
NOT_UNIT_NAMES = ("干部", "全部", "内部", "外部", "局部", "网站", "院校")
"""离休干部, 其中全部: words ending as a unit's name does (部) that name people or a part, never a unit."""
MOST_OF_WORDS = ("一大半", "大半", "绝大部分", "大部分", "绝大多数", "大多数", "过半")
"""占了一大半吗, 是不是大部分: more than half (大部分 ends in 部 but names no 部)."""
# Words that make a phrase a question, never part of a unit's name (省政协有几个专门委员会).
QUESTION_WORDS = ("几", "多少", "什么", "哪", "怎么", "是否", "有没有", "吗")
# Spoken words that ask (为啥减少了, 咋增加了): like the question words, never part of an item.
SPOKEN_QUESTION_WORDS = ("为啥", "干啥", "啥", "咋")
WHICH_WORDS = tuple(
    f"哪{one}{classifier}"
    for one in ("", "一", "1")
    for classifier in (*"项类个笔家些几块种", "部分", "方面", "个方面", "些方面")
)
"""哪项支出, 哪一类, 哪块, 哪个方面: which, with its measure word, never part of the item (支出, not 项支出);
哪1项 is 哪一项 once numerals are digits."""
ASKING_WORDS = (*QUESTION_WORDS, *SPOKEN_QUESTION_WORDS)
"""Words that make a clause ask something (多少, 几, 什么, 啥): a greeting or a thanks has none."""

# Words that ask "how much" and name no subject; dropped before matching.
AMOUNT_WORDS = (
    "是多少钱",
    "多少钱",
    "块钱",
    "是多少",
    "有多少",
    "为多少",
    "多少",
    "多大",
    "几何",
    "金额",
    "数额",
    "额度",
    "总额",
    "总数",
    "预算数",
    "预算额",
    "安排了",
    "安排",
    "预算",
    "决算",
    "预计",
    "计划",
    "打算",
    "共计",
    "一共",
    "总共",
    "合计",
    "之和",
    "总和",
    "等于",
)
# Words that ask for a figure: a sentence that states none does not answer such a question.
FIGURE_WORDS = (
    "多少",
    "几",
    "金额",
    "数额",
    "额度",
    "总额",
    "总数",
    "共计",
    "一共",
    "总共",
    "合计",
    "预算",
    "安排",
    "花",
)
PLAN_TERMS = ("预算绩效", "预算单位", "预算编制")
"""Terms that hold 预算 without asking a planned figure (预算绩效管理情况, 预算单位构成情况)."""
# Words of a column every item has (年初预算完成, 执行率): a subject made only of them names no item.
ITEMLESS_WORDS = ("完成", "执行", "年初", "预算", "决算", "全年", "率", "情况")
# Endings of a subject that names an amount: said bare (财政拨款收入, 会议费), it still asks for a figure.
AMOUNT_NOUN_ENDINGS = (
    "收入",
    "支出",
    "经费",
    "费",
    "资金",
    "补助",
    "补贴",
    "拨款",
    "结转",
    "结余",
    "工资",
    "金",
)
BOTH_SIDES = ("收支", "收入支出")
"""收支 names both sides of one 收支总表, whose totals are one figure: the whole budget."""
# A subject that is only a direction of money asks for its total; 总 alone (of 总预算), or a 预算's
# 年初预算, the 支出 side's.
BARE_TOTALS: dict[str, tuple[str, ...]] = {
    "收入": ("收入总计", "收入合计", "本年收入合计"),
    "支出": ("支出总计", "支出合计", "本年支出合计"),
    **dict.fromkeys(BOTH_SIDES, ("收入支出总计", "收支总计", "收入总计", "收入合计")),
    **dict.fromkeys(("总", "年初预算"), ("支出总计", "收入支出总计", "收支总计", "支出合计")),
}
# Words that name a total: asking for one asks for its figure even without 多少.
TOTAL_WORDS = ("总计", "合计", "总额", "小计")
WHETHER_ANY_WORDS = ("是不是有", "是否有", "有没有", "有无")
"""有没有出国团组, 是不是有2台: whether there are any, answered by how many the text states."""
# Words that speak of money as spent; the reply says the figures are 预算安排, not spending.
SPEND_WORDS = (
    "实际花了",
    "实际支出了",
    "实际支出",
    "执行了",
    "花了",
    "花多少",
    "花费",
    "花销",
    "花掉",
    "用了",
    "用掉",
    "开销",
    "开支",
    "花钱",
    "发放了",
    "发了",
    "花",
    "投了",
    "投入了",
    "投入",
    "买",
    "买了",
    "搞",
    "交",
    "缴纳",
)
PURPOSE_WORDS = (
    *(f"{be}用来{do}的" for be in ("是", "") for do in ("干嘛", "干啥", "干什么", "做什么")),
    *("用来干嘛", "用来干啥", "用来干什么", "用来做什么", "干嘛用", "干啥用", "干什么用", "做什么用"),
    *("有什么用", "有啥用", "用途是什么", "的用途", "主要用途", "用途"),
    *(
        f"{mainly}{used_for}"
        for mainly in ("主要", "")
        for used_for in ("用于什么", "用于干什么", "用于做什么", "用于啥")
    ),
    *("干嘛的", "干啥的", "干什么的", "做什么的"),
    *("是干嘛", "是干啥", "是干什么", "是做什么"),
    *(f"主要{do}{what}" for do in ("干", "做") for what in ("什么", "啥")),
)
"""零工市场用来干嘛, X的主要用途: what an item is for (its 绩效目标, its 名词解释), not how much it is."""
FLUFF_WORDS = (
    "有钱",
    "没钱",
    "请问",
    "所说的",
    "说的",
    "讲的",
    "提到的",
    "有没有",
    "有无",
    "没有",
    "是否",
    "请",
    "我想知道",
    "想知道",
    "想问",
    "问一下",
    "查一下",
    "看一下",
    *(f"{verb}{verb}" for verb in "说讲聊谈算"),  # 说说人社局三公经费: a verb said twice asks softly
    *(f"{verb}一下" for verb in "说讲聊谈算"),
    "问下",
    "看下",
    "查看",
    "查询",
    "查查",
    "告诉我",
    "帮我",
    "看看",
    "一下",
    "你好",
    "本单位",
    "该单位",
    "单位",
    "这个",
    "那个",
    "这些",
    "那些",
    "我们",
    "你们",
    "您们",
    "咱们",
    "他们",
    "它们",
    "它",
    "的",
    "了",
    "吗",
    "呢",
    "啊",
    "呀",
    "吧",
    "是",
    "为",  # 决算数为多少: the 是 of written questions
    "有",
    "在",
    "给",
    "里",
    "中",
    "里面",
    "下面",
    "底下",
    "名下",
    "经济分类",
    "功能分类",
    "包含",
    "含",
    "现在",
    "目前",
    "养了",
    "养着",
    *(
        f"{verb}{done}" for verb in ("写", "编", "批") for done in ("了", "着", "的")
    ),  # 表里写了多少, 编了多少; not 列: 单列的 names 单列
    "还剩",
    "剩下",
    "需要",
    "要",
    "做",
    "进行",
    "1年",
    "当中",
    "哪一项",
    "哪项",
    "其中",
    "用于",
    *PURPOSE_WORDS,
    "一年",
    "全年",
    "年度",
    "钱",
    "元",
    "万元",
    "具体",
    "主要",
    "实际",
    "情况",
    "怎么样",
    "怎么说",
    "咋样",
    "怎样",
    "如何",
    "相关",
    "有关",
    "方面",
    "关于",
    "涉及",
    "大概",
    "大约",
    "大致",
    "左右",
    "差不多",
    "呃",
    "嗯",
    "哦",
    "噢",
    "哎",
    "唉",
    "诶",
    "欸",
    "嘿",
    "哈",
    "哈哈",
    "啦",
    "哇",
    "嘛",
    "么",
    "喔",
    "谢谢",
    "谢谢啦",
    "多谢",
    "麻烦",
    "您好",
    "听说",
    "想了解",
    "了解一下",
    *(
        f"{so}{how}" for so in ("这么", "那么") for how in ("多", "少", "高", "低", "大", "小", "贵")
    ),  # 为啥这么少
    "一半多",
    "最后",
    "最终",
    *(
        f"{which}{one}{line}"
        for which in ("这", "那")
        for one in ("一", "1", "")
        for line in ("项", "栏", "行", "格", "列")
    ),  # 死亡抚恤那一栏, 办公费这一行: where the item is printed
    "合计数为",
    "总计数为",
    "合计数",
    "总计数",
    "数为",
    "手上",
    "手里",
    "手头",
    *(
        f"{block}{er}"
        for block in ("那一块", "这一块", "那1块", "这1块", "那块", "这块")
        for er in ("儿", "")
    ),
    "那部分",
    "这部分",
    "的东西",
    "东西",
    "拨了",
    "光",
    "就",
    "才",
    "将近",
    "只有",
    "一下子",
    "真的假的",
    "是不是",
    "文件里",
    "文件中",
    "伊拉",
    "铜钿",
    "咋",
    "到底",
    "究竟",
    "加起来",
    "加一起",
    "加在一起",
    "算下来",
    "算起来",
    "什么时候",
    "啥时候",
    "何时",
    "什么",
    "啥",
    "都",
    "我",
    "您",
    "能",
    "能有",
    "可以",
    "缴",
    "对不对",
    "对吗",
    "是吗",
)

GLOSSARY_PREFIXES = (
    "什么叫做",
    "什么叫",
    "什么是",
    "啥是",
    "啥叫",
    "何为",
    "何谓",
    "请解释一下",
    "请解释",
    "解释一下",
    "解释",
    "名词解释",
)
GLOSSARY_SUFFIXES = (
    *PURPOSE_WORDS,
    *("有什么区别", "有什么不同", "有何区别", "有何不同", "有啥区别", "有啥不同", "区别是什么", "区别在哪"),
    *("的区别", "的不同", "的差别", "区别"),
    "是什么意思",
    "什么意思",
    "啥意思",
    "是什么",
    "是啥",
    "指什么",
    "是指什么",
    "指的是什么",
    "是怎么说的",
    "怎么说的",
    "怎么讲的",
    "怎么讲",
    "的含义",
    "是怎么定义的",
    "怎么定义",
    "如何定义",
    "怎么理解",
    "如何理解",
    "怎么解释",
    "的定义",
    "的意思",
    "的解释",
    "含义",
    "定义",
    *(
        "是干嘛用的",
        "是干什么用的",
        "干嘛用的",
        "干什么用的",
        "是干啥的",
        "是干嘛的",
        "是干什么的",
        "是用来干嘛的",
        "是用来做什么的",
        "是做什么的",
        "是什么东西",
        "指的是啥",
    ),
)
TARGET_FIELD_WORDS = (
    "实施期资金总额",
    "实施期资金",
    "实施期总额",
    "项目期",
    "项目周期",
    "实施期",
    "项目属性",
    "项目性质",
)
"""What a 绩效目标表 prints of its project besides its goals: asked, the project's target is the answer."""
PERIOD_ASKED = tuple(f"{verb}几年" for verb in ("要做", "做", "搞", "干", "实施", "执行", "持续", "进行"))
"""要做几年: how long a project runs, which its 绩效目标表 prints as its 项目期."""
TARGETS_NAME = "绩效目标"
TARGETS_ASKED = ("项目绩效目标", "项目绩效指标", TARGETS_NAME, "绩效指标")
"""The targets as a whole, as a question names them."""
TARGET_CUES = (
    *TARGETS_ASKED,
    "指标值",
    "目标",
    "指标",
    "满意度",
    "标准",
    "要求",
    "达到什么效果",
    "什么效果",
    "预期效果",
    "要达到",
    "达到",
    "完成情况",
    *TARGET_FIELD_WORDS,
    *PERIOD_ASKED,
)
INDICATOR_HEADS = ("满意度",)
"""Cue words that are also the head of an indicator's name (居民满意度, 服务对象满意度): kept in the subject."""
MEASURE_WORDS = (
    *("万人次", "人次", "批次", "场", "次", "个", "家", "人", "户", "名", "项", "所", "台", "套", "辆"),
    *("小时", "天", "平方米", "公里", "期", "班", "篇", "份", "件", "册", "课时", "学时"),
)
"""What a 绩效指标 may be counted in, asked as 多少场 / 几家 / 多少人次."""
SHARE_CUES = ("占比", "比例", "比重", "百分比", "百分之几", "百分之多少", "百分点", "份额", "所占", "占")
"""三公经费所占比例: 所 before 占 is of the share asked, no part of the item."""
ENGLISH_WORDS = {
    "how much": "多少",
    "how many": "多少",
    "final accounts": "决算",
    "actual": "决算数",
    "budget": "预算",
    "total": "总",
    "sum": "总",
    "it": "信息化",
    "income": "收入",
    "revenue": "收入",
    "expenditure": "支出",
    "spending": "支出",
    "projects": "项目",
    "project": "项目",
    "procurement": "政府采购",
    "salaries": "工资",
    "salary": "工资",
    "pension": "养老",
    "electricity": "电费",
    "travel": "差旅费",
    "meetings": "会议费",
    "meeting": "会议费",
    "training": "培训费",
    "reception": "公务接待费",
    "vehicles": "公务用车",
    "vehicle": "公务用车",
    "rent": "租赁费",
    "bureau": "局",
    "court": "法院",
    "procuratorate": "检察院",
    "finance": "财政",
    "hr": "人社",
    "human resources": "人力资源",
    "planning": "规划",
}
"""English words people type among Chinese ones (2025 budget总共多少, Fenyang HR bureau), as the documents
say them; a word whose Chinese the question already holds (IT 信息化建设) is dropped, not said twice."""
DIGIT_SPELLINGS = {"3公": "三公"}
"""Digits typed for a numeral in a fixed budget term (3公经费)."""
SHORTFALL_WORDS = (
    *("没花完", "没用完", "没执行完", "没有花完", "没有用完", "没有执行完", "花不完", "用不完"),
    *("没完成预算", "没有完成预算", "没完成年初预算", "没有完成年初预算"),
)
"""A 决算 below its budget, as people say it: asked of a 决算, a change against its own 预算数."""
SPENT_IN_FULL_WORDS = ("花完", "用完", "花光", "用光", "执行完")
"""钱花完了吗: whether a 决算 reached its own budget, asked the positive way (没花完 is a SHORTFALL_WORD)."""
OVERSPENT_WORDS = ("超支", "超预算", "超出预算", "超过预算", "超出年初预算", "超过年初预算")
"""A 决算 above its own budget, as people say it: a change against its 年初预算, as 没花完 is below it."""
UNDERSPENT_WORDS = ("少花", "花少了", "省下", "节省了", "节约了")
"""Spending less, which a 决算 asked of with no other year (为什么少花了) says of its own budget; 比去年少花
compares with last year."""
OTHER_YEAR_WORDS = ("去年", "上年", "上一年", "前一年", "同比")
"""Words that name the year before as what a figure is measured against."""
REASON_CUES = (
    "为什么",
    "为何",
    "为啥",
    "原因是什么",
    "原因",
    "什么缘故",
    "怎么会",
    *(
        f"{why}{verb}"
        for why in ("咋", "怎么")
        for verb in (
            "多",
            "少",
            "增",
            "减",
            "涨",
            "降",
            "变",
            "下降",
            "上升",
            "没",
            "突然",
            "一下子",
            "翻",
            "这么",
            "那么",
        )
    ),
)
"""Words asking why a figure changed: the answer adds the sentence of the narrative giving the reason."""
REASON_WORDS = ("原因", "由于", "因为", "主要是")
"""Words a sentence gives a reason with (主要原因是…, 主要是由于…)."""
# Words that say the year before without naming it; the year before is then compared against. Each
# is said with 年度 too (较上年度, 比上一年度, 与上年度相比): the longer wording is listed so that it
# leaves the subject whole.
PREVIOUS_YEAR_WORDS = tuple(
    f"{before}{year}{after}"
    for before, after in (("比", ""), ("较", ""), ("", "相比"), ("", "比"))
    for year in ("上年", "上年度", "上一年", "上一年度", "去年")
) + ("同比",)
CHANGE_CUES = (
    "减少了多少",
    "减少多少",
    "增加了多少",
    "增加多少",
    "下降了多少",
    "上升了多少",
    *PREVIOUS_YEAR_WORDS,
    "增减",
    "增加",
    "减少",
    "下降",
    "增长",
    "上升",
    "降低",
    "变化",
    "变动",
    *("趋势", "走势"),  # 三公经费趋势: how it changed over the years, no part of the item
    *REASON_CUES,
    *SHORTFALL_WORDS,
    *SPENT_IN_FULL_WORDS,
    *OVERSPENT_WORDS,
    "持平",
    "少了",
    "多了",
    "多还是少",
    "少还是多",
    "少多少",
    "多多少",
    "压减",
    "压缩",
    "节约",
    "节省",
    "调减",
    "调增",
    "削减",
    *(f"{word}幅度" for word in ("增长", "增加", "下降", "减少", "变化", "变动", "上升", "降低")),
    *(f"{word}率" for word in ("增长", "增加", "下降", "减少", "变化", "变动", "上升", "降低")),
    "增速",
    "增幅",
    "降幅",
    "涨幅",
    "上涨",
    "涨了",
    "涨",
    "降了",
    *("减了", "增了"),
    *("多出来", "多出了", "少下来", "一下子", "突然", "翻了", "翻倍", "翻番"),  # 为啥一下子多出来
    *("少花", "多花"),  # 比2023年少花了多少: a change, whatever the money was for
    *("没变", "不变", "没有变"),  # 为什么没变: asked of a change, even of none
)
# Words that set two figures side by side; with two units, years or kinds named, a comparison.
COMPARE_CUES = (
    "比较",
    "对比",
    "相比",
    "比一比",
    "相差",
    "差多少",
    "差了多少",
    "差距",
    "差额",
    "区别",
    "多多少",
    "少多少",
    "高多少",
    "低多少",
    "哪个多",
    "哪个少",
    "哪个更多",
    "哪个更少",
    "哪个高",
    "哪个低",
    "哪年",
    "哪一年",
    "哪1年",  # 哪一年 once numerals are digits
    "谁多",
    "谁少",
    "几倍",
    "多少倍",
    "相当于",
    "vs",
)
CHANGE_OF_HOLDING_WORDS = ("购置", "购买", "新增", "添置", "处置", "报废", "采购")
"""What a count of things bought or given up says (购置车辆0辆): what changes hands, not what is held (共有车辆2辆)."""
KIN_WORDS = ("遗属", "家属", "亲属", "子女", "配偶", "父母", "遗孀")
"""People named by whom they belong to (退休人员的遗属): their count or money is not that of those they
belong to."""
CHANGE_OF_HOLDING_ASKED = (*CHANGE_OF_HOLDING_WORDS, "买", "购", "卖")
"""How a question asks for things bought or given up (今年要买几辆车)."""
HELD_STOCKS = ("资产", "债务", "负债")
"""What a unit holds or owes at a date (资产, 固定资产, 国有资产, 债务): asked without a word of buying or paying,
never the money spent adding to it (无形资产购置) or paying it off (债务还本支出)."""
DEBT_SERVICE_WORDS = ("还本", "付息", "发行费用")
"""The money a budget pays on a debt (债务还本支出, 债务付息支出): a flow, not the debt owed."""
TERMS_HOLDING_CUES = (
    *("差额拨款", "差额补助", "最低生活保障", "最低工资", "最高人民法院", "最高人民检察院"),
    *("上年结转", "上年结余"),
    *("高标准", "标准化", "新增", "特定目标"),
)
"""Budget terms and unit names a cue word is part of (差额拨款事业单位, 城市最低生活保障金, 最高人民法院,
收入总计比上年结转多多少, 高标准农田建设, 标准化建设, 新增了哪些项目, 特定目标类项目): there the word asks
nothing."""
# Words joining the two sides of a comparison; left over at the ends of a subject, they are dropped.
CONNECTOR_WORDS = (
    "和",
    "与",
    "跟",
    "同",
    "及",
    "以及",
    "比",
    "较",
    "之间",
    "两者",
    "两个",
    "各自",
    "分别",
    "哪个",
    "哪一个",
    "谁",
    "更",
    "多",
    "少",
    "高",
    "低",
    "一些",
    "一点",
    "些",
    "按",
    "按照",
)
# Words offering a choice (增加还是减少, 会议费或者培训费): between two cues they name nothing; between
# two items they join them, as a connector does.
EXCLUDING = "除了|除去|除(?!以)|刨除|扣除|扣掉|去掉|不含|不包括|不包含|不算"
"""除了B, 不含B: the words that take an item out of what is asked."""
TOO_MUCH_WORDS = tuple(f"{too}{much}" for too in ("太", "过于", "偏") for much in "高多少低贵大")
"""太多了, 偏高: a judgment of a figure, no change (多了) nor a ranking (高); 过多 is none (超过多少 holds it)."""
JUDGMENT_WORDS = (
    *("够不够用", "够不够", "够用吗", "够用不", "够用", "够吗", "够了吗"),
    *("合不合理", "合理不合理", "是否合理", "合理吗", "划算吗", "值不值得", "值不值", "值得吗", "值吗"),
    *("浪费吗", "贵不贵", "有必要吗", "必要吗"),
    *("靠不靠谱", "靠谱吗", "靠谱不", "合不合适", "合适吗", "正不正常", "正常吗", "离谱吗"),
    *("够不够花", "够花吗", "够花不", "够花", "高不高", "多不多", "贵吗"),
    *TOO_MUCH_WORDS,
)
"""零工市场的钱够不够, 三公经费合理吗, 是不是太高了: a judgment no disclosure makes; the figures are given,
saying so."""
ALTERNATIVE_WORDS = ("还是", "或者", "或是")
# Words that ask which of the loaded documents (units) has the most, not which item of one document.
EVERY_UNIT_WORDS = tuple(
    f"{every}{unit}"
    for every in (
        *("各", "各个", "各家", "每个", "每一个", "每家", "所有", "全部"),
        *("这几个", "这几家", "这些", "那几个", "那些"),
    )
    for unit in ("单位", "部门")
) + ("几个部门的", "几家单位的", "几个单位的")
"""各单位的公务接待费, 这几家单位, 几个部门的人员经费对比: every loaded unit's figure side by side, though no
ranking is asked (几个单位 alone may count the units a 部门 holds)."""
UNIT_KIND_NAMES = {
    "学校": ("学校", "小学", "中学", "大学", "学院"),
    "医院": ("医院", "卫生院"),
}
"""有几所学校: how the names of units of a kind end where the kind's own word does not end them (宁溪县第一
中学 is a 学校); any other kind (中心, 卫生院) ends the names of its units itself."""
HELD_UNITS_SAID = ("下属", "所属")
"""下属单位 and 所属单位 say one thing: the units a 部门 holds, the narrative printing either."""
HELD_UNIT_PHRASES = tuple(
    phrase for held in HELD_UNITS_SAID for phrase in (f"{held}单位", f"{held}各单位", f"各{held}单位")
)
"""下属单位, 各所属单位: the units a 部门 holds, said as a whole."""
HELD_UNITS_WORDS = tuple(
    dict.fromkeys(
        phrase if "各" in phrase else f"{phrase}{after}"
        for phrase in HELD_UNIT_PHRASES
        for after in ("的", "各自")
    )
)
"""下属单位的三公经费, 下属单位各自的, 各所属单位: the units a 部门 holds, as a table by unit lists them; no item
(下属单位 alone may be what is counted)."""
HELD_UNITS_AS_SUCH = (
    *("的", "各", "有", "是", "为", "在", "都", "共", "一共", "总共", "几", "多少", "数", "个数"),
    *("包括", "包含", "名单", "名称", "情况", "分别", "中", "里", "当中", "哪", "谁"),
)
"""Words after 下属单位 that speak of the units themselves (下属单位有几个, 下属单位名单): no item of theirs
follows."""
UNIT_RANK_WORDS = (
    *EVERY_UNIT_WORDS,
    *HELD_UNITS_WORDS,
    "哪个单位",
    "哪家单位",
    "哪一个单位",
    *(f"{which}{held}单位" for which in ("哪个", "哪家", "哪一个") for held in HELD_UNITS_SAID),
    "哪个部门",
    "哪一个部门",
    "哪家",
    "哪些单位",
    "哪个局",
    "哪份",
    "几个单位",
    "单位中",
    "单位里",
    *(f"{held}单位{among}" for held in HELD_UNITS_SAID for among in ("中", "里", "当中")),
)
# Words that bound an amount, before it (超过50万元) or after it (10万元以下), and the comparison they mean.
BOUND_BEFORE_WORDS: dict[str, str] = {
    "超过": ">",
    "超出": ">",
    "超": ">",
    "大于": ">",
    "高于": ">",
    "多于": ">",
    "逾": ">",
    "不少于": ">=",
    "不低于": ">=",
    "不小于": ">=",
    "至少": ">=",
    "少于": "<",
    "小于": "<",
    "低于": "<",
    "不到": "<",
    "不足": "<",
    "不超过": "<=",
    "不高于": "<=",
    "不大于": "<=",
    "至多": "<=",
}
BOUND_AFTER_WORDS: dict[str, str] = {
    "及以上": ">=",
    "或以上": ">=",
    "以上": ">=",
    "之上": ">=",
    "及以下": "<=",
    "或以下": "<=",
    "以下": "<=",
    "之下": "<=",
    "以内": "<=",
}
TOPIC_WORDS = ("相关", "有关", "涉及", "关于")
"""跟就业有关的, 培训相关的: what a group of records is about, said of their names."""
PROJECT_GROUP = "项目"
"""The projects as a group (哪个项目最多); said after a name (第一书记项目), the projects whose names hold it."""
TABLE_ROWS = "项"
"""What the rows of a table named by its number are counted as (表三有多少行: its 科目, 12 项)."""
MOST_WORDS = ("最多", "最大", "最高", "最贵", "最烧钱", "最花钱", "最费钱")
LEAST_WORDS = ("最少", "最小", "最低", "最便宜", "最省钱")
"""Words asking for the first of a ranking, largest or smallest first."""
SEVERAL_ASKED = ("哪些", "哪几", "几个", "几项", "几类", "几笔")
"""哪几个项目钱最多: more than the first of a ranking is asked for, though 最 is said."""
CHANGE_SIGNS = {"增加": 1, "减少": -1, UNCHANGED_DIRECTION: 0}
"""The sign of a change the narrative states, by its direction (减少 subtracts, 持平 adds nothing)."""
DIRECTION_ASKED = {
    "增加": (
        *("增加", "增长", "上升", "提高", "升高", "上涨", "增多", "多了", "变多", "涨了", "超支", "超出"),
        *("多花", "花多了", "多用", "用多了"),
    ),
    "减少": (
        *("减少", "下降", "降低", "压减", "缩减", "下滑", "少了", "变少", "减了", "降了"),
        *("节约", "节省", "省了", "省下", "少花", "花少了", "少用", "用少了"),
    ),
}
"""The way a question takes a change to have gone (为什么增加, 下降了多少), by the direction the narrative
states it in: a question taking it the other way is told so."""
RATE_ASKED = (
    "百分之几",
    "百分之多少",
    "百分比",
    "幅度",
    "%",
    "增长率",
    "下降率",
    "增幅",
    "降幅",
    "增速",
    "最快",
)
"""Words that ask a change as a rate (下降了百分之几, 增长最快), not as an amount."""
ORDER_WORDS = tuple(
    f"{start}{a}到{b}"
    for start in ("从", "由")
    for pair in (("大", "小"), ("多", "少"), ("高", "低"))
    for a, b in (pair, pair[::-1])
) + ("升序", "降序")
"""从大到小, 由低到高: the order a ranking is asked in (the smaller first where 小/少/低 comes first)."""
RANK_CUES = (
    *MOST_WORDS,
    *LEAST_WORDS,
    *ORDER_WORDS,
    "最快",
    "排名",
    "排行",
    "排序",
    "排列",
    "排一下",
    "排个序",
    "排个名",
    "前几",
    "靠前",
    "大头",
)
LIST_CUES = (
    "哪些",
    "哪几",
    *(
        "是哪个",
        "是哪家",
        "是哪1个",
        "是哪1家",
        "叫什么",
        "叫啥",
    ),  # 下属事业单位是哪个 (哪一个 read as 哪1个)
    "有什么",
    "有啥",
    "都有",
    "列出",
    "列举",
    "分别",
    "各自",
    "包括",
    "明细",
    "清单",
    "名单",
    "各项",
    "所有",
    *(
        f"{way}{kind}{named}"
        for way in ("按", "的")
        for kind in ("功能", "经济")
        for named in ("分类", "科目")
    ),
)
"""…, 基本支出按经济分类, 项目支出的功能科目: the rows of a classification are listed."""
COUNT_ASKED = ("几", "多少")
"""The words that ask a number; said with a classifier after them (几个, 多少辆) they ask a count."""
CLASSIFIED_COUNTS = tuple(
    f"{asked}{classifier}" for asked in COUNT_ASKED for classifier in "个位名人辆部台项家所套批张"
)
"""几个, 多少辆, 几所 …: a count said with what it counts in."""
COUNT_CUES = ("保有量", "几个人", "多少个人", *CLASSIFIED_COUNTS, "人数", "数量", *COUNT_ASKED)
# Count words that name what is counted; 多少 alone may ask for money.
COUNT_CLASSIFIER_CUES = (
    "保有量",
    "编制数",
    "车辆数",
    "机构数",
    "处室数",
    "项目数",
    "单位数",
    *CLASSIFIED_COUNTS,
    "人数",
    "数量",
    "个数",
)
# A stated count of a quota (编制) is not a count of what is held; it answers only when asked for.
QUOTA_WORDS = ("编制",)
# Words of money: a question holding one asks for an amount even when it also says 几/多少.
MONEY_WORDS = (
    "钱",
    "元",
    "费",
    "经费",
    "资金",
    "金",
    "支出",
    "收入",
    "工资",
    "补助",
    "补贴",
    "拨款",
    "预算",
    "结转",
    "采购",
)
# Words that name a score (绩效自评平均得分99.43分): a figure in 分, asked with 几分 / 多少分 / 得分.
SCORE_WORDS = ("得分", "评分", "分数", "分值", "打分")
SCORE_ASKED = (*SCORE_WORDS, "几分", "多少分", "平均分")
SCORE_KIND = "score"
SCORE_UNIT = "分"
# Words too common in labels to tell items apart; removed from both sides before comparing cores.
GENERIC_WORDS = ("费用", "经费", "资金", "支出", "预算数", "预算", "总额", "拨款", "安排", "年初", "费", "的")

# Words beside an item's name that ask for the same item, not a narrower one (住房公积金缴费, 三公合计).
RESIDUAL_WORD = "其他"
"""What starts the name of the rest of an item beside its named parts (其他公共安全支出)."""
NARROWING_FREE_WORDS = (
    "合计",
    "总计",
    "小计",
    "共计",
    "一共",
    "总共",
    "情况",
    "金额",
    "数额",
    "数",
    "缴费",
    "项目",
    "全年",
    "本年",
    "当年",
    "今年",
)


THANKS_WORDS = ("谢谢", "谢谢你", "谢谢您", "多谢", "感谢", "谢啦", "谢了", "麻烦了", "辛苦了", "thanks")
"""How a message thanks: alone it is small talk, closing a question no part of what is asked."""
PERSON_ROLES = (
    *("书记", "主任", "局长", "处长", "科长", "院长", "校长", "所长", "站长"),
    *("律师", "教师", "老师", "医生", "护士", "护工", "临时工", "协管员", "辅警", "志愿者", "驾驶员", "司机"),
)
"""People named by their post or trade (驻村第一书记有几个): counted in 人 though asked with 个; read after the
other counted nouns, so 第一书记的项目有几个 still counts 项目."""


@dataclass(frozen=True)
class CountNoun:
    """Nouns that are counted in a unit: people in 人, vehicles in 辆 (the text may print 部 or 台); the
    classifiers a question counts them with alone (几名 is people; 几台 may be vehicles or equipment)."""

    unit: str
    printed_units: tuple[str, ...]
    nouns: tuple[str, ...]
    asked_with: tuple[str, ...] = ()
    called: str = ""
    """What the count is called when the question names nothing but its classifier (有多少人: 人数)."""


COUNT_NOUNS: tuple[CountNoun, ...] = (
    CountNoun(
        "人",
        ("人", "名", "位", "人次"),
        (
            *("在职人员", "在编人员", "人员", "职工", "员工", "干部"),
            *("编制", "在职", "工作人员", "人数", "人次", "人"),
        ),
        ("人", "名", "位"),
        "人数",
    ),
    CountNoun(
        "辆",
        ("辆", "部", "台"),
        ("公务用车", "公务车", "公车", "用车", "车辆", "汽车", "小型车辆", "车"),
        ("辆",),
        "车辆数",
    ),
    CountNoun("个", ("个", "家"), ("内设机构", "机构", "股室", "科室", "处室")),
    CountNoun("个", ("个", "家", "所"), ("下属单位", "所属单位", "下属事业单位", "事业单位")),
    CountNoun("个", ("个", "家"), ("预算单位",)),
    CountNoun("平方米", ("平方米",), ("建筑面积", "面积"), ("平方米", "平米"), "面积"),
    PROJECTS := CountNoun("个", ("个", "项"), ("项目",)),
    CountNoun("人", ("人", "名", "位"), PERSON_ROLES),
)
# Words asking an amount per person (人均人员经费, 平均每人公用经费, 每个在职人员平均): computed from the
# amount and the headcount its document states.
PER_PERSON_WORDS = (
    "人均",
    "平均每人",
    "平均每个人",
    "平均每名",
    "平均每位",
    "平均每个",
    "平均到每人",
    "平均到每个人",
    "每人平均",
    "每个人平均",
    *("1个人平均", "1人平均", "平均1个人", "平均1人"),  # 一个人平均, numerals read as digits
)
STAFF_PAY_WORDS = ("工资", "薪", "人员经费", "奖金", "津贴", "绩效工资")
"""What a unit pays its own staff: 每个人工资, 员工平均工资 are per person of its staff, as 人均 is (稳岗补助每人
is per person the money is for)."""
AVERAGE_WORD = "平均"
"""平均每个项目多少钱: an amount per item of a list the document prints (its projects), not per person."""
EVERY_ONE_WORDS = ("各项", "各类", "各个", "每项", "每类", "所有", "全部")
"""各项支出占比: every class, not the largest few."""
PROJECTS_ASKED_OF = ("个数", "数量", "数目", AVERAGE_WORD, "每个", "每项", "名称", "内容", "本级", "专项")
"""Words left beside 项目 that ask something of the projects (项目个数, 平均每个项目, 项目名称), of the
unit's own (本级项目), or call them by what they are (专项资金项目), naming none of them."""
# Headcounts a per-person amount is divided by, as questions name them; 职工 is left out, for it begins
# amounts (职工福利费, 职工基本医疗保险缴费).
HEADCOUNT_WORDS = ("在职人员", "在编人员", "在职", "编制人数", "编制", "实有人数", "实有人员", "工作人员")
# Words that, said before a headcount in its clause, make it the count of a part (其中行政编制199名,
# 还包括联谊俱乐部8名在职人员), never the unit's whole headcount.
PART_OF_WHOLE_WORDS = ("其中", "包括", "包含", "含", "另有", "下属", "所属")
# Counted nouns that also name a 三公 item of money (公务用车购置及运行费): said alone, not a count.
MONEY_ITEM_NOUNS = ("公务用车", "公务车", "公车")
# Whatever else is counted with a classifier (几个专门委员会, 多少家预算单位): the question names the noun.
ANY_COUNT = CountNoun(
    "个", ("个", "家", "项", "所", "座", "处", "台（套）", "台", "套", "批次", "人次", "场次", "场"), ()
)


THIS_YEAR_COLUMN = "本年"
"""The column of this year's money, apart from 上年结转, where a table prints the two apart."""
PLANNED_COLUMN = "预算数"
ADJUSTED_COLUMN = "调整预算数"
ACTUAL_COLUMN = "决算数"
"""The sides of a 决算 a question names (年初预算, 调整预算, 执行数): the labels of their column cues."""
PLAN_KIND = "预算"
FINAL_KIND = "决算"


@dataclass(frozen=True)
class ColumnCue:
    """A word in a question that picks a column: 基本支出, 上年结转, 当年预算 …"""

    words: tuple[str, ...]
    header_words: tuple[str, ...]
    label: str
    false_friends: tuple[str, ...] = ()

    def said_in(self, text: str) -> bool:
        """A cue word is in the text outside the longer words that name something else (结转下年)."""
        for friend in self.false_friends:
            text = text.replace(friend, "")
        return any(word in text for word in self.words)


PLAN_SAYINGS = tuple(
    f"{when}{plan}"
    for when in ("年初", "原本", "本来", "原先", "起初")
    for plan in ("打算", "计划", "准备", "安排")
) + ("原计划", "计划花", "打算花", "准备花")
"""年初打算花多少, 原计划: a budget as people say it, of a 决算 its 年初预算 column."""

COLUMN_CUES: tuple[ColumnCue, ...] = (
    ColumnCue(("上年结转", "结转"), ("上年结转", "结转"), "上年结转", CARRIED_FORWARD_WORDS),
    ColumnCue(("本年", "当年", "今年新增", "当年预算", "本年预算"), ("当年", "本年"), THIS_YEAR_COLUMN),
    ColumnCue(("基本支出",), ("基本支出",), "基本支出"),
    ColumnCue(("项目支出",), ("项目支出",), "项目支出"),
    ColumnCue(("人员经费",), ("人员经费",), "人员经费"),
    ColumnCue(("公用经费",), ("公用经费",), "公用经费"),
    ColumnCue(("政府性基金",), ("政府性基金",), "政府性基金预算"),
    ColumnCue(("国有资本经营",), ("国有资本经营",), "国有资本经营预算"),
    ColumnCue(("财政专户",), ("财政专户",), "财政专户管理资金"),
    ColumnCue(("单位资金",), ("单位资金",), "单位资金"),
    ColumnCue(("一般公共预算",), ("一般公共预算",), "一般公共预算"),
    ColumnCue(
        ("调整预算", "调整后预算", "调整后的预算", "预算调整数", "预算调整后"),
        ("调整预算", "调整后预算"),
        ADJUSTED_COLUMN,
    ),
    ColumnCue((*PLAN_SAYINGS, "年初预算", "预算数"), ("年初预算", "预算数"), PLANNED_COLUMN),
    ColumnCue(("决算数", "实际支出", "执行数", "执行了"), ("决算数", "执行数"), ACTUAL_COLUMN),
)

SPENDING_PARTS = ("基本支出", "项目支出")
"""The two parts 支出 splits into: a table titled by one (一般公共预算财政拨款基本支出决算表) totals that
part alone, no answer for the whole 支出 asked without it."""
PART_PAIRS = (SPENDING_PARTS, ("人员经费", "公用经费"))
"""The parts one whole splits into: one asked after the other of a money (财政拨款基本支出, then 项目支出呢)
is that money's too."""
PLAN_WORDS = ("年初预算", "预算数", "调整预算")
"""How a 决算's narrative names an item's budget (年初预算为…万元)."""
ACTUAL_WORDS = ("支出决算", "决算数", "决算")
"""How a 决算's narrative names what an item actually spent (支出决算为…万元)."""

# Words that mark a figure the narrative states as another column than the document's own (a 决算's 年初
# 预算, a 预算's 上年执行数): it is never set beside a table's figure as the same thing.
OTHER_COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "预算": ("年初预算", "调整预算", "执行数", "决算"),
    "决算": ("年初预算", "调整预算", "预算数", "执行数", "全年预算"),
}

PLANNED_PART = re.compile(r"(?:年初|调整|全年)?预算数?")
ACTUAL_PART = re.compile(r"(?:支出)?决算数?")
"""The part of a 决算 table's column path that says budget or outcome: 公务接待费/预算数 | 公务接待费/决算数,
or 年初预算数/基本支出 | 决算数/基本支出, the same figure on either side."""
ADJUSTED_PART = re.compile(r"调整(?:后的?)?预算数?")
"""A 决算 table's column of the budget as adjusted during the year (调整预算数), beside its 年初预算数."""

# Labels of rows that are a table's total; a total row is where a column-only question reads.
TOTAL_LABELS = ("合计", "总计", "部门合计", "单位合计", "本年收入合计", "本年支出合计")
SUM_WORDS = ("合计", "小计", "总计")
"""Words that mark a row as a sum (never added to other rows; in a column of words, no class)."""

# What a question calls a table's own total: 财政拨款收入 is the 收入 side of the 财政拨款收支总表, 一般公共
# 预算支出 the total of the 一般公共预算支出表. Table kind → the names of its totals; a name ending in 收入
# or 支出 is read on that side (or in a one-sided table whose title says it).
TABLE_SUBJECTS: dict[str, tuple[str, ...]] = {
    "财政拨款收支总表": ("财政拨款收入", "财政拨款支出"),
    "一般公共预算支出表": ("一般公共预算支出",),
    "政府性基金收支": ("政府性基金收入", "政府性基金支出"),
    "政府性基金收入": ("政府性基金收入",),
    "政府性基金支出": ("政府性基金支出",),
    "国有资本经营": ("国有资本经营收入", "国有资本经营支出"),
}
# Words that begin the label of a side's total for the year alone (本年收入合计), as against the grand total
# that adds what was carried over (收入总计).
CURRENT_TOTAL_WORDS = ("本年", "当年")

TABLE_ITEM_WORDS: dict[str, tuple[str, ...]] = {TableKind.PROCUREMENT: ("采购",)}
"""A word said after an item that places it in a table of this kind (修缮工程采购: the 修缮工程 row of the
政府采购 table, whose rows never say 采购 themselves)."""

# Tables an amount is read from, most telling first: a project in its project table, a 功能科目 in the
# 支出总表 (合计 = 基本 + 项目, 本年 + 上年结转) or else the 财政拨款支出表, an economic item in the 基本支出
# table.
AMOUNT_TABLE_PRIORITY: tuple[TableKind, ...] = (
    TableKind.PROJECTS,
    TableKind.PROJECTS_CARRIED_OVER,
    TableKind.THREE_PUBLIC,
    TableKind.THREE_PUBLIC_AND_RUNNING,
    TableKind.SPENDING,
    TableKind.SUMMARY,
    TableKind.FISCAL_SPENDING,
    TableKind.BASIC_ECONOMIC,
    TableKind.RUNNING_COSTS,
    TableKind.INCOME,
    TableKind.GENERAL_SPENDING,
    TableKind.FISCAL_SUMMARY,
    TableKind.FUND,
    TableKind.FUND_INCOME,
    TableKind.FUND_SPENDING,
    TableKind.STATE_CAPITAL,
)
# Column names that say "the amount" rather than what it is of; a row's main figure is read there.
SUM_LEAVES = ("小计", "合计")
"""The leaf of a column that sums the group above it (决算数/合计)."""
MAIN_COLUMN_WORDS = ("合计", "总计", "小计", "金额", "预算数", "决算数")

# Phrases that contain 预算 without naming the document's kind.
KIND_FALSE_FRIENDS = (
    "一般公共预算",
    "政府性基金预算",
    "国有资本经营预算",
    "预算单位",
    "预算安排",
    "年初预算",
    "预算执行",
    *("预算单列", "预算不单列", "预算单独", "预算是单独", "预算是否单", "预算是不是单"),
)

# Question forms beyond "how much": each of several items, what the money is mainly for, what a 科目
# code is, which units a 部门预算 covers.
WITHIN_WORDS = ("里面", "里头", "里边", "里", "当中", "之中")
"""三公经费里公车费用, 车里执法执勤的: the words after a whole that say a part of it follows."""
WHOLE_MARKS = (*WITHIN_WORDS, "中")
"""The same, with 中 where it stands as a word of its own (基本支出中的办公费, not 中小企业)."""
COMPOUND_ITEMS: dict[str, tuple[str, ...]] = {
    "水电费": ("水费", "电费"),
    "水电": ("水费", "电费"),
    "会议培训费": ("会议费", "培训费"),
}
"""A name people give several printed items at once: their sum is asked (水电费 is 水费 and 电费)."""
SUM_ASKED_WORDS = ("加起来", "加在一起", "加一起", "合起来", "一共", "总共")
"""A和B加起来多少: the items asked at once, and their sum (合计 names a table's total row, 政府采购合计)."""
EACH_WORDS = (
    *("分别", "各是多少", "各多少", "各为多少", "各有多少", "各自"),
    *("各是几", "各几", "各为几", "各有几", "各占"),
    *SUM_ASKED_WORDS,
)
LIST_COMMA = "、"
EACH_JOINER = "和"
ITEM_JOINER_WORDS = ("以及", "和", "与", "及", "跟", "、")
"""What joins the items a question asks at once (办公费和差旅费, 年初预算、决算数跟执行数), longest first."""
ADDING_JOINER = (
    r"加上|(?<![增参追添附外叠更施倍])加(?![班强快大工密油值入盟码速深重装热薪固剧紧以之倍分价成注计宽层建])"
)
"""人员经费加公用经费, 办公费加上差旅费: two items joined to be added (增加, 参加, 加班费, 加装 join nothing)."""
ITEM_JOINER = "|".join((*ITEM_JOINER_WORDS, ADDING_JOINER))
"""The pattern of every joining word, the adding ones included."""
"""A、B各多少 is read as A和B: the list comma is punctuation the subject loses, 和 a word it keeps."""
MEASURED_AGAINST_WORDS = ("同期", "调整后", "调整", "计划数", "计划")
"""Words that name what an item is measured against besides a year or a budget (比上年同期, 比调整预算):
the other side of a change, never a second item."""
MAIN_USE_WORDS = (
    "主要花在",
    "花在哪",
    "花到哪",
    "钱都花",
    "主要用途",
    "用在哪",
    "用于哪",
    "主要用在",
    "主要用于哪",
    "用于什么",
    "用于啥",
    "支出结构",
    "支出构成",
    *(
        f"{each}支出{of}{share}"
        for each in ("各项", "各类", "各个", "每项", "每类")
        for of in ("", "的")
        for share in ("占比", "比例", "比重", "构成", "结构")
    ),  # 各项支出占比: every class of spending, with its share
    "钱都用",
    *(f"主要{do}{what}" for do in ("干", "做") for what in ("什么", "啥")),  # asked of a whole or a column
    "大头",  # 预算里最大头是什么, 钱的大头花在哪: the largest classes of spending
)
CHECK_WORDS = (
    *("对得上", "对不上", "对不对", "一致", "一不一致", "相符", "核对", "勾稽", "平衡", "平不平"),
    *("有没有错", "有错", "有没有矛盾", "矛盾"),
    *("有没有问题", "有问题"),
)
"""Words asking whether a document's figures agree across its tables and narrative (表格对得上吗)."""
TABLES_AGREE_WORDS = (*CHECK_WORDS, "一样", "相同", "相等", "吻合")
"""Words asking whether two tables named agree (表一和表四一样吗): said of tables, 一样 asks no change."""
TABLE_PAIR_WORDS = (
    "附",
    "和",
    "与",
    "跟",
    "及",
    "同",
    "的",
    "是否",
    "是不是",
    "吗",
    "呢",
    "合计",
    "总计",
    "总数",
)
"""What else a question setting two tables side by side says (表三和表五的合计是否相等, 附表1和附表4)."""
TABLES_TOGETHER = (
    *(
        "各张表",
        "各表",
        "表格",
        "报表",
        "表间",
        "表内",
        "表和表",
        "表与表",
        "表和说明",
        "表与说明",
        "说明和表",
    ),
    *("之间", "互相", "相互"),
)
"""Where figures are checked against each other (各表, 表间): never a word of the item checked."""
CHECKED_THINGS = (
    *TABLES_TOGETHER,
    *("数据", "数字", "这份", "文件", "文档", "预算", "决算", "能", "都"),
    *("检查", "核查", "检查一下", "核查一下"),
    *("哪些表", "哪几张表", "哪张表", "哪个表", "表"),
)
"""What a question asking whether figures agree may name besides the unit and year: the document's
tables and figures as a whole, never an item (公务用车购置费与上年一致吗 asks a change)."""
INCOME_SOURCE_WORDS = (
    "从哪来",
    "从哪里来",
    "从哪儿来",
    "哪里来的",
    "哪儿来的",
    "来自哪里",
    "来自哪儿",
    "来自哪",
    "来自于哪",
    "来源于哪",
    "源自哪",
    "全部来自",
    "都来自",
    "全来自",
    "钱哪来",
    *("哪里的钱", "哪儿的钱", "谁出钱", "谁出的钱", "谁给的钱", "谁拨的钱"),
    "收入来源",
    "资金来源",
    "经费来源",
    *(f"{money}的来源" for money in ("钱", "资金", "经费", "收入")),
    "收入构成",
    "收入结构",
    *(
        f"收入{verb}{which}"
        for verb in ("有", "都有", "包括", "包含", "由")
        for which in ("哪些", "哪几", "什么", "几种", "几类", "几项")
    ),
    *(f"{which}来源" for which in ("哪些", "哪几种", "几种", "几类", "几个", "什么")),
)
"""Words asking where a unit's money comes from: the income side of its 收支总表, with shares."""
MONEY_NAMES = (
    "一般公共预算财政拨款",
    "政府性基金预算财政拨款",
    "一般公共预算",
    "政府性基金预算",
    "政府性基金",
    "国有资本经营预算",
    "财政拨款",
)
"""The money a table may count alone, named in its title (财政拨款支出预算表, 一般公共预算支出表); said
before or after an item (财政拨款一般公共服务支出), the item as that table prints it. Longest first."""
FUND_GIVERS = ("财政", "上级", "政府", "中央", "国家", "省级", "省里", "市里", "区里", "县里")
"""Who gives a unit its money (财政给了多少, 上级拨了多少): said with 给 or 拨, the unit's income is asked; an
item said so (福利费给了多少) asks the money the item was given, its spending."""
SOURCE_WORDS = ("来源", "来自", "哪里", "哪儿", "何处")
"""What is left of the words asking for a source once they are read (来源 of 收入有几种来源, 哪里 of
收入都来自哪里): no item."""
CODE_WORDS = ("科目", "编码", "代码")
WHAT_WORDS = ("什么", "哪个", "哪一", "哪项")
UNIT_LIST_WORDS = (
    "哪些单位",
    "哪几个单位",
    "哪几家单位",
    "哪些预算单位",
    "哪些下属单位",
    "单位构成",
    "包括哪些单位",
    "包含哪些单位",
)
