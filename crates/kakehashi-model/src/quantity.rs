//! Numbers as written on a lab report or a prescription.

use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A decimal number kept as written ("0.90", "1.2e8", "-3"), so trailing zeros and the lab's
/// precision survive the store. Check it with [`Decimal::value`] or record validation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize, TS)]
#[serde(transparent)]
#[ts(type = "string")]
pub struct Decimal(String);

impl Decimal {
    pub fn from_text(text: impl Into<String>) -> Self {
        Decimal(text.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The value, when the text is a plain decimal: optional sign, digits with at most one point,
    /// optional exponent (`e`/`E` followed by an optional sign and digits). No spaces, no commas,
    /// no full-width digits: those are reported rather than guessed.
    pub fn value(&self) -> Option<f64> {
        let s = self.0.as_str();
        let b = s.as_bytes();
        let mut i = 0;
        if matches!(b.first(), Some(b'+' | b'-')) {
            i += 1;
        }
        let int_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let mut mantissa_digits = i - int_start;
        if i < b.len() && b[i] == b'.' {
            i += 1;
            let frac_start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            mantissa_digits += i - frac_start;
        }
        if mantissa_digits == 0 {
            return None;
        }
        if i < b.len() && matches!(b[i], b'e' | b'E') {
            i += 1;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            let exp_start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i == exp_start || i - exp_start > 3 {
                return None;
            }
        }
        if i != b.len() {
            return None;
        }
        s.parse::<f64>().ok().filter(|v| v.is_finite())
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Decimal {
    fn from(v: &str) -> Self {
        Decimal(v.to_owned())
    }
}

/// A number with its unit. A number without a unit is meaningless to a physician ("5" of what?)
/// and is a validation error.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Quantity {
    pub value: Decimal,
    /// As written: `mg`, `mL`, `cells`, `IU/mL`, `錠` …
    pub unit: String,
}

impl Quantity {
    pub fn new(value: impl Into<String>, unit: impl Into<String>) -> Self {
        Quantity {
            value: Decimal(value.into()),
            unit: unit.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_the_form_the_lab_wrote() {
        let d = Decimal::from_text("0.90");
        assert_eq!(d.value(), Some(0.9));
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"0.90\"");
        assert_eq!(Decimal::from_text("1.2e8").value(), Some(1.2e8));
        assert_eq!(Decimal::from_text("-3").value(), Some(-3.0));
        assert_eq!(Decimal::from_text(".5").value(), Some(0.5));
    }

    #[test]
    fn anything_else_is_not_a_number() {
        for bad in [
            "", "1,000", "１２", " 1", "1 ", "abc", "1e", "e5", ".", "NaN", "inf", "1e999", "1.2.3",
        ] {
            assert_eq!(Decimal::from_text(bad).value(), None, "{bad:?}");
        }
    }
}
