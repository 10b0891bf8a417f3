//! kakehashi-glossary (being built).
