using CsCheck;

namespace Sesterce.Tracker.Fuzzing;

/// <summary>Values the rules accept but naive rendering or storage would mangle: they must be stored exactly and shown encoded.</summary>
public static class ValidButNasty
{
    public static readonly string[] Texts =
    [
        HostileInput.Script, HostileInput.ImageTag, "مركز البيانات", "e\u0301\u0301 Z\u0336", "🚀 data 🇫🇷", "Tab\there", "line one\nline two", "O'Brien & \"Sons\" <Ltd>", "plain words",
    ];

    public static readonly Gen<string?> Text = Gen.OneOf<string?>(Texts);

    public static readonly Gen<string?> Date = Gen.Frequency(
        (1, (IGen<string?>)Gen.OneOf<string?>("2000-01-01", "2000", "2026-11-25", "2026-Q4", "2025-02", "2025-H1", "2024-S2")),
        (3, Gen.Int[2000, 2025].Select(Gen.Int[1, 12], Gen.Int[1, 28]).Select((y, m, d) => (string?)$"{y:D4}-{m:D2}-{d:D2}")));

    /// <summary>Mostly <paramref name="valid"/>, sometimes <paramref name="hostile"/>: so both the refusal and the storing paths run often.</summary>
    public static Gen<T> Mostly<T>(Gen<T> valid, Gen<T> hostile) => Gen.Frequency((3, (IGen<T>)valid), (1, hostile));
}
