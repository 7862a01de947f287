//! Theme and density (pure): the words `theme` / `density` accept, and the classes they put
//! on the panel's root (`micc-root micc-theme-* micc-density-*`, styled by
//! `styles/widget.css`).

/// `theme`: `auto` (the default) follows `prefers-color-scheme`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

/// `density`: row spacing and type size. `wall` is for a wall screen read from across a room.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Density {
    Compact,
    #[default]
    Comfortable,
    Wall,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Look {
    pub theme: Theme,
    pub density: Density,
}

/// Every class [`Look::classes`] can produce, so a new look can remove the old one's.
pub const ALL_CLASSES: [&str; 6] = [
    "micc-theme-auto",
    "micc-theme-light",
    "micc-theme-dark",
    "micc-density-compact",
    "micc-density-comfortable",
    "micc-density-wall",
];

impl Look {
    /// The root's classes, besides `micc-root`.
    pub fn classes(self) -> [&'static str; 2] {
        let theme = match self.theme {
            Theme::Auto => "micc-theme-auto",
            Theme::Light => "micc-theme-light",
            Theme::Dark => "micc-theme-dark",
        };
        let density = match self.density {
            Density::Compact => "micc-density-compact",
            Density::Comfortable => "micc-density-comfortable",
            Density::Wall => "micc-density-wall",
        };
        [theme, density]
    }
}

/// `theme`: absent or empty is `auto`; case is ignored (attributes are typed by hand).
pub fn theme(v: Option<&str>) -> Result<Theme, String> {
    match v.map(|s| s.trim().to_ascii_lowercase()).as_deref() {
        None | Some("") | Some("auto") => Ok(Theme::Auto),
        Some("light") => Ok(Theme::Light),
        Some("dark") => Ok(Theme::Dark),
        Some(_) => Err("theme must be \"auto\", \"light\" or \"dark\"".into()),
    }
}

/// `density`: absent or empty is `comfortable`.
pub fn density(v: Option<&str>) -> Result<Density, String> {
    match v.map(|s| s.trim().to_ascii_lowercase()).as_deref() {
        None | Some("") | Some("comfortable") => Ok(Density::Comfortable),
        Some("compact") => Ok(Density::Compact),
        Some("wall") => Ok(Density::Wall),
        Some(_) => Err("density must be \"compact\", \"comfortable\" or \"wall\"".into()),
    }
}

pub fn look(theme_v: Option<&str>, density_v: Option<&str>) -> Result<Look, String> {
    Ok(Look {
        theme: theme(theme_v)?,
        density: density(density_v)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_auto_and_comfortable() {
        let l = look(None, Some("")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(l, Look::default());
        assert_eq!(l.classes(), ["micc-theme-auto", "micc-density-comfortable"]);
    }

    #[test]
    fn words_are_trimmed_and_case_insensitive() {
        assert_eq!(theme(Some(" Dark ")), Ok(Theme::Dark));
        assert_eq!(density(Some("WALL")), Ok(Density::Wall));
        let l = look(Some("light"), Some("compact")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(l.classes(), ["micc-theme-light", "micc-density-compact"]);
        for c in l.classes() {
            assert!(ALL_CLASSES.contains(&c));
        }
    }

    #[test]
    fn unknown_words_are_errors() {
        assert!(theme(Some("blue")).is_err());
        assert!(density(Some("cosy")).is_err());
    }
}
