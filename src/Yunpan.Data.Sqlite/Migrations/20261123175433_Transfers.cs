using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yunpan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Transfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "drive_instant_uploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 8192, nullable: false),
                    CreateParents = table.Column<bool>(type: "INTEGER", nullable: false),
                    Autorename = table.Column<bool>(type: "INTEGER", nullable: false),
                    IfMatch = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    IfNoneMatch = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    Nonce = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Ranges = table.Column<string>(type: "TEXT", unicode: false, maxLength: 1024, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drive_instant_uploads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drive_uploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Offset = table.Column<long>(type: "INTEGER", nullable: false),
                    TargetPath = table.Column<string>(type: "TEXT", maxLength: 8192, nullable: true),
                    CreateParents = table.Column<bool>(type: "INTEGER", nullable: false),
                    Autorename = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPartial = table.Column<bool>(type: "INTEGER", nullable: false),
                    Metadata = table.Column<string>(type: "TEXT", maxLength: 8192, nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drive_uploads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_drive_instant_uploads_ExpiresAt",
                table: "drive_instant_uploads",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_drive_uploads_ExpiresAt",
                table: "drive_uploads",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_drive_uploads_OwnerId_ExpiresAt_Length",
                table: "drive_uploads",
                columns: new[] { "OwnerId", "ExpiresAt", "Length" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "drive_instant_uploads");

            migrationBuilder.DropTable(
                name: "drive_uploads");
        }
    }
}
