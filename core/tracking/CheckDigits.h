#pragma once

#include <QChar>
#include <QStringView>

#include <optional>

// The check-digit schemes carriers print at the end of their tracking numbers. Each function
// takes the characters the check is computed over (without the check character) and returns
// the check character they call for, or nothing when the input has a character the scheme
// does not define. docs/tracking-numbers.md says where each scheme comes from.
namespace CheckDigits {

// GS1 modulo 10 (SSCC, GTIN, USPS IMpb, FedEx Ground, Canada Post): digits weighted 3, 1,
// 3, ... starting with the rightmost one; the check digit tops the sum up to a multiple of 10.
std::optional<int> gs1Mod10(QStringView digits);

// GLS parcel numbers: the GS1 sum plus one, then topped up to a multiple of 10.
std::optional<int> glsMod10(QStringView digits);

// UPS 1Z numbers, over the 15 characters between "1Z" and the check digit. Letters count as
// digits (A=2, B=3, ... I=0, J=1, ... wrapping every ten letters); every second character
// counts twice.
std::optional<int> upsMod10(QStringView characters);

// FedEx Express 12-digit numbers and the serial in FedEx 34-digit barcodes: weights 1, 3, 7
// repeating from the rightmost digit, sum modulo 11, a remainder of 10 giving 0.
std::optional<int> fedexMod11(QStringView digits);

// DHL Express waybills (10 or 11 digits): the number without its last digit, modulo 7. DHL
// does not publish it; its waybills are seen to follow it.
std::optional<int> dhlExpressMod7(QStringView digits);

// UPU S10 (international postal items), over the 8 serial digits: weights 8, 6, 4, 2, 3, 5,
// 9, 7; the check is 11 minus the sum modulo 11, where 10 becomes 0 and 11 becomes 5.
std::optional<int> s10Mod11(QStringView serialDigits);

// ISO/IEC 7064 MOD 37,36 (DPD): the hybrid system over 0-9 and A-Z, giving one of 0-9, A-Z.
std::optional<QChar> iso7064Mod37_36(QStringView characters);

} // namespace CheckDigits
