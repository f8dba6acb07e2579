"""Messages that ask nothing of the documents: a greeting, thanks, or how to use the bot (你好, 谢谢, 怎么用).

Only a message that is nothing else is small talk; 你好，三公经费多少 is a question with a greeting before it.
"""

from __future__ import annotations

import re

from bot.engine.lexicon import THANKS_WORDS
from bot.engine.question_parts import clean

GREETINGS = frozenset({"你好", "您好", "你们好", "嗨", "哈喽", "hi", "hello", "在吗", "在不在"})
GREETINGS |= frozenset({"早上好", "上午好", "中午好", "下午好", "晚上好", "早"})
THANKS = frozenset({*THANKS_WORDS, "好的谢谢"})
HELP_ASKS = frozenset(
    {"帮助", "怎么用", "怎么问", "如何使用", "使用说明", "你是谁", "你能做什么", "你会什么"}
)
HELP_ASKS |= frozenset({"能问什么", "可以问什么", "能干什么", "help"})
SPOKEN = re.compile(r"[\s,.!?~、…]+|[啊呀呢哈吧嘛啦哦噢]+$")
"""Punctuation and spaces anywhere, and the particles that close a spoken phrase (谢谢啦, 你好呀)."""
HELP = (
    "你好！我回答已载入的部门预算、决算公开文件里的问题，给出的数字都注明出自哪份文件、哪张表、哪一行哪一列。"
    "可以这样问：“三公经费多少”“项目支出有哪些”“人员经费占基本支出多少”“什么是机关运行经费”，"
    "接着还可以问“那去年呢”“其中公务接待费呢”。"
)
WELCOME_BACK = "不客气！还有问题可以接着问。"


def small_talk_reply(message: str) -> str | None:
    """The reply to a greeting, thanks or a request for help; None for anything else."""
    said = SPOKEN.sub("", clean(message).lower())
    if said in THANKS:
        return WELCOME_BACK
    if said in GREETINGS or said in HELP_ASKS:
        return HELP
    return None
