using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yunpan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MemberUsageCounter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_drive_nodes_OwnerId_Kind_TrashItemId_Size",
                table: "drive_nodes");

            migrationBuilder.CreateTable(
                name: "drive_usage",
                columns: table => new
                {
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Files = table.Column<long>(type: "INTEGER", nullable: false),
                    Trash = table.Column<long>(type: "INTEGER", nullable: false),
                    Versions = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drive_usage", x => x.OwnerId);
                });

            // Existing drives: their usage as the quota meter summed it until now (files are Kind 2).
            migrationBuilder.Sql("""
                INSERT INTO drive_usage (OwnerId, Files, Trash, Versions)
                SELECT OwnerId, SUM(Files), SUM(Trash), SUM(Versions) FROM (
                    SELECT OwnerId,
                           CASE WHEN TrashItemId IS NULL THEN Size ELSE 0 END AS Files,
                           CASE WHEN TrashItemId IS NULL THEN 0 ELSE Size END AS Trash,
                           0 AS Versions
                    FROM drive_nodes WHERE Kind = 2
                    UNION ALL
                    SELECT OwnerId, 0, 0, Size FROM drive_versions)
                GROUP BY OwnerId;
                """);

            // From now on the database keeps the counts in the statement that changes them, so they hold inside
            // every transaction, whichever code path (SaveChanges, ExecuteUpdate, cascades) made the change.
            migrationBuilder.Sql("""
                CREATE TRIGGER drive_usage_node_inserted AFTER INSERT ON drive_nodes WHEN NEW.Kind = 2
                BEGIN
                    INSERT INTO drive_usage (OwnerId, Files, Trash, Versions)
                    VALUES (NEW.OwnerId,
                            CASE WHEN NEW.TrashItemId IS NULL THEN NEW.Size ELSE 0 END,
                            CASE WHEN NEW.TrashItemId IS NULL THEN 0 ELSE NEW.Size END,
                            0)
                    ON CONFLICT (OwnerId) DO UPDATE SET Files = Files + excluded.Files, Trash = Trash + excluded.Trash;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER drive_usage_node_changed AFTER UPDATE OF Size, TrashItemId ON drive_nodes
                WHEN NEW.Kind = 2 AND (OLD.Size <> NEW.Size OR (OLD.TrashItemId IS NULL) <> (NEW.TrashItemId IS NULL))
                BEGIN
                    UPDATE drive_usage
                    SET Files = Files - CASE WHEN OLD.TrashItemId IS NULL THEN OLD.Size ELSE 0 END
                                      + CASE WHEN NEW.TrashItemId IS NULL THEN NEW.Size ELSE 0 END,
                        Trash = Trash - CASE WHEN OLD.TrashItemId IS NULL THEN 0 ELSE OLD.Size END
                                      + CASE WHEN NEW.TrashItemId IS NULL THEN 0 ELSE NEW.Size END
                    WHERE OwnerId = NEW.OwnerId;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER drive_usage_node_deleted AFTER DELETE ON drive_nodes WHEN OLD.Kind = 2
                BEGIN
                    UPDATE drive_usage
                    SET Files = Files - CASE WHEN OLD.TrashItemId IS NULL THEN OLD.Size ELSE 0 END,
                        Trash = Trash - CASE WHEN OLD.TrashItemId IS NULL THEN 0 ELSE OLD.Size END
                    WHERE OwnerId = OLD.OwnerId;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER drive_usage_version_inserted AFTER INSERT ON drive_versions
                BEGIN
                    INSERT INTO drive_usage (OwnerId, Files, Trash, Versions) VALUES (NEW.OwnerId, 0, 0, NEW.Size)
                    ON CONFLICT (OwnerId) DO UPDATE SET Versions = Versions + excluded.Versions;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER drive_usage_version_deleted AFTER DELETE ON drive_versions
                BEGIN
                    UPDATE drive_usage SET Versions = Versions - OLD.Size WHERE OwnerId = OLD.OwnerId;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "drive_usage_node_inserted", "drive_usage_node_changed", "drive_usage_node_deleted", "drive_usage_version_inserted", "drive_usage_version_deleted" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
            }

            migrationBuilder.DropTable(
                name: "drive_usage");

            migrationBuilder.CreateIndex(
                name: "IX_drive_nodes_OwnerId_Kind_TrashItemId_Size",
                table: "drive_nodes",
                columns: new[] { "OwnerId", "Kind", "TrashItemId", "Size" });
        }
    }
}
