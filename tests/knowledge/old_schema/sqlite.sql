-- The schema budgetbot created before documents had files and versions (commit ee2b88b), for the migration tests.
CREATE TABLE disclosure (
	id INTEGER NOT NULL, 
	unit_name VARCHAR NOT NULL, 
	aliases JSON, 
	year INTEGER NOT NULL, 
	kind VARCHAR NOT NULL, 
	scope VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	source_name VARCHAR NOT NULL, 
	source_format VARCHAR NOT NULL, 
	content_hash VARCHAR NOT NULL, 
	page_count INTEGER, 
	contents JSON, 
	loaded_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (unit_name, year, kind)
);

CREATE UNIQUE INDEX ix_disclosure_content_hash ON disclosure (content_hash);

CREATE INDEX ix_disclosure_kind ON disclosure (kind);

CREATE INDEX ix_disclosure_unit_name ON disclosure (unit_name);

CREATE INDEX ix_disclosure_year ON disclosure (year);

CREATE TABLE budgettable (
	id INTEGER NOT NULL, 
	disclosure_id INTEGER, 
	position INTEGER NOT NULL, 
	number VARCHAR, 
	number_value INTEGER, 
	title VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	unit_of_measure VARCHAR NOT NULL, 
	columns JSON, 
	no_data BOOLEAN NOT NULL, 
	note VARCHAR NOT NULL, 
	line INTEGER, 
	page INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(disclosure_id) REFERENCES disclosure (id) ON DELETE CASCADE
);

CREATE INDEX ix_budgettable_disclosure_id ON budgettable (disclosure_id);

CREATE INDEX ix_budgettable_kind ON budgettable (kind);

CREATE INDEX ix_budgettable_number ON budgettable (number);

CREATE INDEX ix_budgettable_number_value ON budgettable (number_value);

CREATE TABLE glossaryterm (
	id INTEGER NOT NULL, 
	disclosure_id INTEGER, 
	position INTEGER NOT NULL, 
	term VARCHAR NOT NULL, 
	definition VARCHAR NOT NULL, 
	line INTEGER, 
	page INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(disclosure_id) REFERENCES disclosure (id) ON DELETE CASCADE
);

CREATE INDEX ix_glossaryterm_disclosure_id ON glossaryterm (disclosure_id);

CREATE INDEX ix_glossaryterm_term ON glossaryterm (term);

CREATE TABLE passage (
	id INTEGER NOT NULL, 
	disclosure_id INTEGER, 
	position INTEGER NOT NULL, 
	part VARCHAR NOT NULL, 
	section VARCHAR NOT NULL, 
	text VARCHAR NOT NULL, 
	line INTEGER, 
	page INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(disclosure_id) REFERENCES disclosure (id) ON DELETE CASCADE
);

CREATE INDEX ix_passage_disclosure_id ON passage (disclosure_id);

CREATE TABLE performancetarget (
	id INTEGER NOT NULL, 
	disclosure_id INTEGER, 
	position INTEGER NOT NULL, 
	project VARCHAR NOT NULL, 
	department VARCHAR NOT NULL, 
	implementer VARCHAR NOT NULL, 
	attribute VARCHAR NOT NULL, 
	period VARCHAR NOT NULL, 
	unit_of_measure VARCHAR NOT NULL, 
	total_amount VARCHAR(40), 
	annual_amount VARCHAR(40), 
	funding JSON, 
	overview VARCHAR NOT NULL, 
	basis VARCHAR NOT NULL, 
	necessity VARCHAR NOT NULL, 
	measures VARCHAR NOT NULL, 
	"plan" VARCHAR NOT NULL, 
	goal_period VARCHAR NOT NULL, 
	goal_annual VARCHAR NOT NULL, 
	line INTEGER, 
	page INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(disclosure_id) REFERENCES disclosure (id) ON DELETE CASCADE
);

CREATE INDEX ix_performancetarget_disclosure_id ON performancetarget (disclosure_id);

CREATE INDEX ix_performancetarget_project ON performancetarget (project);

CREATE TABLE performanceindicator (
	id INTEGER NOT NULL, 
	target_id INTEGER, 
	position INTEGER NOT NULL, 
	scope VARCHAR NOT NULL, 
	level1 VARCHAR NOT NULL, 
	level2 VARCHAR NOT NULL, 
	level3 VARCHAR NOT NULL, 
	value VARCHAR NOT NULL, 
	line INTEGER, 
	page INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(target_id) REFERENCES performancetarget (id) ON DELETE CASCADE
);

CREATE INDEX ix_performanceindicator_target_id ON performanceindicator (target_id);

CREATE TABLE statedfigure (
	id INTEGER NOT NULL, 
	disclosure_id INTEGER, 
	passage_id INTEGER, 
	subject VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	direction VARCHAR NOT NULL, 
	value VARCHAR(40) NOT NULL, 
	unit VARCHAR NOT NULL, 
	raw VARCHAR NOT NULL, 
	sentence VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(disclosure_id) REFERENCES disclosure (id) ON DELETE CASCADE, 
	FOREIGN KEY(passage_id) REFERENCES passage (id) ON DELETE CASCADE
);

CREATE INDEX ix_statedfigure_disclosure_id ON statedfigure (disclosure_id);

CREATE INDEX ix_statedfigure_passage_id ON statedfigure (passage_id);

CREATE TABLE tablerow (
	id INTEGER NOT NULL, 
	table_id INTEGER, 
	position INTEGER NOT NULL, 
	label VARCHAR NOT NULL, 
	code VARCHAR, 
	raw_code VARCHAR, 
	level INTEGER NOT NULL, 
	parent_id INTEGER, 
	side VARCHAR NOT NULL, 
	is_total BOOLEAN NOT NULL, 
	line INTEGER, 
	page INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(table_id) REFERENCES budgettable (id) ON DELETE CASCADE, 
	FOREIGN KEY(parent_id) REFERENCES tablerow (id)
);

CREATE INDEX ix_tablerow_code ON tablerow (code);

CREATE INDEX ix_tablerow_label ON tablerow (label);

CREATE INDEX ix_tablerow_table_id ON tablerow (table_id);

CREATE TABLE figure (
	id INTEGER NOT NULL, 
	row_id INTEGER, 
	column_index INTEGER NOT NULL, 
	"column" VARCHAR NOT NULL, 
	value VARCHAR(40), 
	raw VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(row_id) REFERENCES tablerow (id) ON DELETE CASCADE
);

CREATE INDEX ix_figure_row_id ON figure (row_id);
