//! kakehashi-model (being built).
