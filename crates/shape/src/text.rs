//! Documentation in the vendor's two languages. Tencent documents most services in Chinese
//! and in English (two metadata packages), Alibaba some in either: a shape table carries
//! both texts of every description, and a reader asks for one language, falling back to
//! the other where the vendor wrote only that one.

/// A documentation language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    /// English (`en-US`).
    #[default]
    En,
    /// Simplified Chinese (`zh-CN`).
    Zh,
}

impl Language {
    /// The language a tag or locale names: `en`, `en-US`, `zh-CN`, `zh_CN.UTF-8`, ...
    /// (tccli's `--language` spellings and POSIX locales); `None` for any other.
    pub fn parse(tag: &str) -> Option<Language> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Language::En),
            "zh" => Some(Language::Zh),
            _ => None,
        }
    }

    /// The tag tccli writes and Tencent's `X-TC-Language` header takes (`en-US`, `zh-CN`).
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en-US",
            Language::Zh => "zh-CN",
        }
    }
}

/// A description in English and in Chinese; either may be empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// The English text.
    pub en: &'static str,
    /// The Chinese text.
    pub zh: &'static str,
}

impl Text {
    /// No text in either language.
    pub const NONE: Text = Text { en: "", zh: "" };

    /// A text only in English.
    pub const fn en(en: &'static str) -> Text {
        Text { en, zh: "" }
    }

    /// A text only in Chinese.
    pub const fn zh(zh: &'static str) -> Text {
        Text { en: "", zh }
    }

    /// A text in both languages.
    pub const fn both(en: &'static str, zh: &'static str) -> Text {
        Text { en, zh }
    }

    /// The text in `language`, else in the other language; empty when there is none.
    pub fn get(&self, language: Language) -> &'static str {
        let (first, second) = match language {
            Language::En => (self.en, self.zh),
            Language::Zh => (self.zh, self.en),
        };
        if first.trim().is_empty() {
            second
        } else {
            first
        }
    }

    /// Whether there is no text in either language.
    pub fn is_empty(&self) -> bool {
        self.en.trim().is_empty() && self.zh.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_read_from_tags_and_locales() {
        for (tag, lang) in [
            ("en", Some(Language::En)),
            ("en-US", Some(Language::En)),
            ("en_GB.UTF-8", Some(Language::En)),
            ("zh-CN", Some(Language::Zh)),
            ("zh_CN.UTF-8", Some(Language::Zh)),
            ("ZH", Some(Language::Zh)),
            ("C.UTF-8", None),
            ("fr_FR", None),
            ("", None),
        ] {
            assert_eq!(Language::parse(tag), lang, "{tag}");
        }
    }

    #[test]
    fn a_missing_language_falls_back_to_the_other() {
        let t = Text::zh("中文");
        assert_eq!(t.get(Language::En), "中文");
        assert_eq!(t.get(Language::Zh), "中文");
        let t = Text::both("English", "中文");
        assert_eq!(t.get(Language::En), "English");
        assert_eq!(t.get(Language::Zh), "中文");
        assert_eq!(Text::en(" ").get(Language::En), "");
        assert!(Text::NONE.is_empty());
    }
}
