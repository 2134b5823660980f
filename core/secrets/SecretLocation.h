#pragma once

// Where the user chose to keep the shop's secret (access token or client secret).
enum class SecretLocation {
    Keychain,    // the operating system's keychain (the default)
    File,        // a file only the user can read, chosen explicitly
    SessionOnly, // memory: asked again at the next start
};
