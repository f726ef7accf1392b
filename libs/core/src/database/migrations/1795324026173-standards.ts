import { MigrationInterface, QueryRunner } from 'typeorm';
// Edited after generation: the shared enum type acknowledgement_status is created and dropped once.

export class Standards1795324026173 implements MigrationInterface {
  name = 'Standards1795324026173';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"documents\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"owner_organisation_id\" uuid NOT NULL, \"file_name\" text NOT NULL, \"content_type\" text NOT NULL, \"size_bytes\" bigint NOT NULL, \"sha256\" character(64) NOT NULL, \"storage_key\" text NOT NULL, \"uploaded_by\" uuid NOT NULL, \"attached_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ac51aa5181ee2036f5ca482857c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"documents_unattached_idx\" ON \"documents\"  (\"created_at\") WHERE attached_at IS NULL");
    await queryRunner.query("CREATE TABLE \"standards\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"number\" text NOT NULL, \"kind\" text NOT NULL, \"title\" text NOT NULL, \"owner_organisation_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_cb084ce5e29cc74efe0befbefa8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"standards_owner_number_key\" ON \"standards\"  (\"owner_organisation_id\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"standard_revisions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"standard_id\" uuid NOT NULL, \"version\" text NOT NULL, \"effective_on\" date NOT NULL, \"change_summary\" text NOT NULL, \"document_id\" uuid NOT NULL, \"published_by\" uuid NOT NULL, \"published_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_551556d5af7646160af16ccce3c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"standard_revisions_version_key\" ON \"standard_revisions\"  (\"standard_id\", \"version\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"distribution_audience\" AS ENUM('ALL_ACTIVE', 'TIERS', 'MEMBERSHIPS', 'CLUSTER')");
    await queryRunner.query("CREATE TABLE \"standard_distributions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"revision_id\" uuid NOT NULL, \"standard_id\" uuid NOT NULL, \"chain_id\" uuid, \"cluster_id\" uuid, \"audience\" \"public\".\"distribution_audience\" NOT NULL, \"tiers\" smallint array NOT NULL DEFAULT '{}', \"membership_ids\" uuid array NOT NULL DEFAULT '{}', \"due_on\" date NOT NULL, \"created_by\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"standard_distributions_target_check\" CHECK ((chain_id IS NULL) <> (cluster_id IS NULL)), CONSTRAINT \"PK_2286e05fb65b721c9b5b58fc797\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"standard_distributions_cluster_idx\" ON \"standard_distributions\"  (\"cluster_id\") ");
    await queryRunner.query("CREATE INDEX \"standard_distributions_chain_idx\" ON \"standard_distributions\"  (\"chain_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"acknowledgement_status\" AS ENUM('PENDING', 'ACKNOWLEDGED', 'ADOPTED', 'DEVIATION_REQUESTED', 'DEVIATION_ACCEPTED', 'DEVIATION_REJECTED', 'SUPERSEDED')");
    await queryRunner.query("CREATE TABLE \"standard_acknowledgements\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"distribution_id\" uuid NOT NULL, \"revision_id\" uuid NOT NULL, \"standard_id\" uuid NOT NULL, \"recipient_enterprise_id\" uuid NOT NULL, \"status\" \"public\".\"acknowledgement_status\" NOT NULL DEFAULT 'PENDING', \"deviation_reason\" text, \"decision_comment\" text, \"due_on\" date NOT NULL, \"reminded_at\" TIMESTAMP(3) WITH TIME ZONE, \"escalated_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_32150b9c13cb9b7e3942f22ae9d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"standard_acknowledgements_due_idx\" ON \"standard_acknowledgements\"  (\"due_on\") ");
    await queryRunner.query("CREATE INDEX \"standard_acknowledgements_inbox_idx\" ON \"standard_acknowledgements\"  (\"recipient_enterprise_id\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"standard_acknowledgements_recipient_key\" ON \"standard_acknowledgements\"  (\"distribution_id\", \"recipient_enterprise_id\") ");
    await queryRunner.query("CREATE TABLE \"acknowledgement_events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"acknowledgement_id\" uuid NOT NULL, \"from_status\" \"public\".\"acknowledgement_status\", \"to_status\" \"public\".\"acknowledgement_status\" NOT NULL, \"note\" text, \"actor_user_id\" uuid, \"at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_01686ca6b329073e0fcdbe71a22\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"acknowledgement_events_ack_idx\" ON \"acknowledgement_events\"  (\"acknowledgement_id\", \"at\") ");
    await queryRunner.query("ALTER TABLE \"documents\" ADD CONSTRAINT \"FK_dbbb3399f694640e0c34bef02a8\" FOREIGN KEY (\"owner_organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"standards\" ADD CONSTRAINT \"FK_7b2918ed8dbd7e0638bdc9865e6\" FOREIGN KEY (\"owner_organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"standard_revisions\" ADD CONSTRAINT \"FK_592a5496a0770229adec40dc529\" FOREIGN KEY (\"standard_id\") REFERENCES \"standards\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"standard_revisions\" ADD CONSTRAINT \"FK_69ed347ff1f69567e7bb5b937b6\" FOREIGN KEY (\"document_id\") REFERENCES \"documents\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"standard_distributions\" ADD CONSTRAINT \"FK_01f3330b54f756458f3105447f8\" FOREIGN KEY (\"revision_id\") REFERENCES \"standard_revisions\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"standard_distributions\" ADD CONSTRAINT \"FK_24c359778e0da8fcf9ead8c46f8\" FOREIGN KEY (\"standard_id\") REFERENCES \"standards\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"standard_distributions\" ADD CONSTRAINT \"FK_3ac85d1f4fa53b339971bb348c9\" FOREIGN KEY (\"chain_id\") REFERENCES \"industry_chains\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"standard_distributions\" ADD CONSTRAINT \"FK_253c6c6f8702ac488e72d3e2f03\" FOREIGN KEY (\"cluster_id\") REFERENCES \"industry_clusters\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"standard_acknowledgements\" ADD CONSTRAINT \"FK_e612c58199b6b1c26d12b831c04\" FOREIGN KEY (\"distribution_id\") REFERENCES \"standard_distributions\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"standard_acknowledgements\" ADD CONSTRAINT \"FK_cacb8a5281f45681426574a7f35\" FOREIGN KEY (\"recipient_enterprise_id\") REFERENCES \"enterprises\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"acknowledgement_events\" ADD CONSTRAINT \"FK_341a1a1f80058b1c409c9c14e9a\" FOREIGN KEY (\"acknowledgement_id\") REFERENCES \"standard_acknowledgements\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"acknowledgement_events\" DROP CONSTRAINT \"FK_341a1a1f80058b1c409c9c14e9a\"");
    await queryRunner.query("ALTER TABLE \"standard_acknowledgements\" DROP CONSTRAINT \"FK_cacb8a5281f45681426574a7f35\"");
    await queryRunner.query("ALTER TABLE \"standard_acknowledgements\" DROP CONSTRAINT \"FK_e612c58199b6b1c26d12b831c04\"");
    await queryRunner.query("ALTER TABLE \"standard_distributions\" DROP CONSTRAINT \"FK_253c6c6f8702ac488e72d3e2f03\"");
    await queryRunner.query("ALTER TABLE \"standard_distributions\" DROP CONSTRAINT \"FK_3ac85d1f4fa53b339971bb348c9\"");
    await queryRunner.query("ALTER TABLE \"standard_distributions\" DROP CONSTRAINT \"FK_24c359778e0da8fcf9ead8c46f8\"");
    await queryRunner.query("ALTER TABLE \"standard_distributions\" DROP CONSTRAINT \"FK_01f3330b54f756458f3105447f8\"");
    await queryRunner.query("ALTER TABLE \"standard_revisions\" DROP CONSTRAINT \"FK_69ed347ff1f69567e7bb5b937b6\"");
    await queryRunner.query("ALTER TABLE \"standard_revisions\" DROP CONSTRAINT \"FK_592a5496a0770229adec40dc529\"");
    await queryRunner.query("ALTER TABLE \"standards\" DROP CONSTRAINT \"FK_7b2918ed8dbd7e0638bdc9865e6\"");
    await queryRunner.query("ALTER TABLE \"documents\" DROP CONSTRAINT \"FK_dbbb3399f694640e0c34bef02a8\"");
    await queryRunner.query("DROP INDEX \"public\".\"acknowledgement_events_ack_idx\"");
    await queryRunner.query("DROP TABLE \"acknowledgement_events\"");
    await queryRunner.query("DROP INDEX \"public\".\"standard_acknowledgements_recipient_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"standard_acknowledgements_inbox_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"standard_acknowledgements_due_idx\"");
    await queryRunner.query("DROP TABLE \"standard_acknowledgements\"");
    await queryRunner.query("DROP TYPE \"public\".\"acknowledgement_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"standard_distributions_chain_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"standard_distributions_cluster_idx\"");
    await queryRunner.query("DROP TABLE \"standard_distributions\"");
    await queryRunner.query("DROP TYPE \"public\".\"distribution_audience\"");
    await queryRunner.query("DROP INDEX \"public\".\"standard_revisions_version_key\"");
    await queryRunner.query("DROP TABLE \"standard_revisions\"");
    await queryRunner.query("DROP INDEX \"public\".\"standards_owner_number_key\"");
    await queryRunner.query("DROP TABLE \"standards\"");
    await queryRunner.query("DROP INDEX \"public\".\"documents_unattached_idx\"");
    await queryRunner.query("DROP TABLE \"documents\"");
  }
}
