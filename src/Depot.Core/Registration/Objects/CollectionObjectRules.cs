using Depot.Core.Validation;

namespace Depot.Core.Registration.Objects;

/// <summary>
/// The invariants of a collection object that need nothing but the object itself. Rules that
/// need the database (a unique object number, a concept that exists) are checked by the store
/// in the same transaction as the save.
/// </summary>
public static class CollectionObjectRules
{
    public static IReadOnlyList<FieldError> Validate(CollectionObject o)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(o.ObjectNumber))
            errors.Add(new FieldError("objectNumber", "objectNumber.required",
                "Vul een objectnummer in: het is verplicht en uniek binnen de organisatie.",
                "Enter an object number: it is required and unique within the organisation."));
        else if (o.ObjectNumber.Length > ObjectNumber.MaxLength)
            errors.Add(new FieldError("objectNumber", "objectNumber.tooLong",
                $"Een objectnummer is hoogstens {ObjectNumber.MaxLength} tekens lang.",
                $"An object number is at most {ObjectNumber.MaxLength} characters long."));

        if (o.NumberOfParts is < 1)
            errors.Add(new FieldError("numberOfParts", "numberOfParts.positive",
                "Het aantal delen is minstens 1.", "The number of parts is at least 1."));

        for (var i = 0; i < o.Titles.Count; i++)
            if (string.IsNullOrWhiteSpace(o.Titles[i].Text))
                errors.Add(new FieldError($"titles[{i}]", "title.empty", "Een titel mag niet leeg zijn.", "A title cannot be empty."));

        for (var i = 0; i < o.Dimensions.Count; i++)
        {
            var d = o.Dimensions[i];
            if (d.Value <= 0)
                errors.Add(new FieldError($"dimensions[{i}].value", "dimension.positive",
                    "Een afmeting is groter dan nul.", "A dimension must be greater than zero."));
            if (string.IsNullOrWhiteSpace(d.Unit))
                errors.Add(new FieldError($"dimensions[{i}].unit", "dimension.unit",
                    "Geef de eenheid van de afmeting (bv. cm).", "Give the unit of the dimension (e.g. cm)."));
            if (string.IsNullOrWhiteSpace(d.Type))
                errors.Add(new FieldError($"dimensions[{i}].type", "dimension.type",
                    "Geef het soort afmeting (bv. hoogte).", "Give the kind of dimension (e.g. height)."));
        }

        if (o.Acquisition?.Date is DateOnly date && date > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)))
            errors.Add(new FieldError("acquisition.date", "acquisition.future",
                "De verwervingsdatum ligt in de toekomst.", "The acquisition date is in the future."));

        if (o.Makers.Select(m => (m.AgentId, m.Role)).Distinct().Count() != o.Makers.Count)
            errors.Add(new FieldError("makers", "makers.duplicate",
                "Dezelfde vervaardiger staat twee keer met dezelfde rol.", "The same maker is listed twice with the same role."));

        return errors;
    }

    /// <summary>Whether the object meets the minimal registration profile (Minimale registratie), as <see cref="Completeness.RegistrationProfile"/> defines it.</summary>
    public static bool MeetsMinimalRegistration(CollectionObject o) => Completeness.RegistrationProfile.Assess(o).MeetsMinimal;

    /// <summary>Whether the object also meets the basic registration profile (Basisregistratie), as <see cref="Completeness.RegistrationProfile"/> defines it.</summary>
    public static bool MeetsBasicRegistration(CollectionObject o) => Completeness.RegistrationProfile.Assess(o).MeetsBasic;
}
