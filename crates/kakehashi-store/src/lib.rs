//! kakehashi-store (being built).
