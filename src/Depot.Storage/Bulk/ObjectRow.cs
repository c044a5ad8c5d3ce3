namespace Depot.Storage.Bulk;

/// <summary>The columns of the objects table in the order both engines' writers fill them.</summary>
internal static class ObjectRow
{
    public static readonly string[] Columns =
    [
        "id", "organisation_id", "object_number", "object_name_id", "titles", "short_description", "number_of_parts", "makers",
        "dating", "material_ids", "technique_ids", "dimensions", "condition_id", "condition_note", "acquisition",
        "current_location_id", "permanent_location_id", "subjects", "inscriptions", "rights", "publication_status", "has_image",
        "version", "is_deleted", "created_at", "updated_at", "updated_by", "century", "dating_earliest", "dating_latest",
        "object_number_sort", "title", "source_fields",
    ];
}
