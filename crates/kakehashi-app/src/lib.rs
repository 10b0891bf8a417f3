//! kakehashi-app (being built).
