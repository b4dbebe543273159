-- The language a user chose in the header (a BCP 47 tag such as 'zh-CN'); null: follow the browser.
alter table app_user add column language varchar(16);
