using System.Globalization;

namespace Depot.Storage.Images;

/// <summary>Why an image was not accepted, in Dutch and English, with the HTTP status that says so.</summary>
public sealed record ImageRefusal(int Status, string Nl, string En)
{
    public static readonly ImageRefusal Empty = new(400, "Het bestand is leeg.", "The file is empty.");

    public static readonly ImageRefusal NotAnImage = new(415,
        "Dit bestand is geen afbeelding die Depot aanvaardt. Kies een JPEG-, PNG-, TIFF- of WebP-bestand.",
        "This file is not an image Depot accepts. Choose a JPEG, PNG, TIFF or WebP file.");

    public static readonly ImageRefusal NoFile = new(400, "Kies een afbeelding om op te laden.", "Choose an image to upload.");

    public static ImageRefusal TooLarge(long maxBytes)
    {
        var size = Size(maxBytes);
        return new(413,
            $"De afbeelding is groter dan de toegelaten {size}. Verklein ze, of vraag de beheerder de grens (Depot:Media:MaxImageBytes) te verhogen.",
            $"The image is larger than the allowed {size}. Make it smaller, or ask the administrator to raise the limit (Depot:Media:MaxImageBytes).");
    }

    /// <summary>"20 MB", "512 kB" (binary multiples, as file managers show them).</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.#} GB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.#} MB"),
        >= 1L << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 10):0.#} kB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
