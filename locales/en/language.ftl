## /language

language-choose = Choose your language. Velg språk.
# The name of this language, in this language (used on its button).
language-name = English
language-chosen = I will write in English now.
easy-read-on = Easy read
easy-read-off = Normal text
easy-read-on-done =
    Now I write in easy read.
    I use short sentences.
    I write one thing at a time.
easy-read-off-done = Now I write normal text again.
