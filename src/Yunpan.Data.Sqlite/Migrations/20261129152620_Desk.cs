using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yunpan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Desk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "desk_banned_phrase_list_version",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_banned_phrase_list_version", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "desk_banned_phrases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phrase = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Normalized = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Suggestion = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_banned_phrases", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_desk_banned_phrases_Normalized",
                table: "desk_banned_phrases",
                column: "Normalized",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "desk_banned_phrase_list_version");

            migrationBuilder.DropTable(
                name: "desk_banned_phrases");
        }
    }
}
